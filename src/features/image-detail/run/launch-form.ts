import type { InstanceType } from '@/api/actions/instance-types'
import type { InstanceSize } from '@/api/actions/instance-price'
import { diskFor, maxDiskGb, sizesOf } from '@/lib/launch-plan'

/** What the launch dialog holds; every field a string or flag as its control keeps it. */
export interface LaunchForm {
  gpuType: string
  gpus: number
  /** `cpu:memoryGb` of a size on sale. */
  cpuMemory: string
  disk: string
  name: string
  autoStop: boolean
  hours: string
  billed: boolean
}

export const defaultStopHours = 2
export const maxStopHours = 720

const namePattern = /^[\p{Script=Han}A-Za-z0-9_.,:-]{1,63}$/u

/** The group's name as an instance may be named: other characters become `-`, 63 at most. */
export function instanceName(groupName: string): string {
  const name = groupName
    .replace(/[^\p{Script=Han}A-Za-z0-9_.,:-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
  return name || 'host'
}

export function validName(name: string): boolean {
  return namePattern.test(name)
}

/** The form for `gpuType`: its fewest cards, least CPU and memory, the disk the image needs. */
export function initialForm(type: InstanceType, imageMb: number, groupName: string): LaunchForm {
  const [first] = sizesOf(type, 0)
  return {
    gpuType: type.gpuType,
    gpus: first?.gpus ?? 1,
    cpuMemory: first ? `${first.cpu}:${first.memoryGb}` : '',
    disk: String(diskFor(imageMb, maxDiskGb(type))),
    name: instanceName(groupName),
    autoStop: true,
    hours: String(defaultStopHours),
    billed: false,
  }
}

/** The size the form describes, or null while a field is not valid (then `errors` says which). */
export function formSize(form: LaunchForm, type: InstanceType, imageMb: number) {
  const min = diskFor(imageMb, maxDiskGb(type))
  const max = maxDiskGb(type)
  const disk = Number(form.disk)
  const hours = Number(form.hours)
  const errors = {
    disk: !Number.isInteger(disk) || disk < min || disk > max ? { min, max } : null,
    hours:
      form.autoStop && (!Number.isInteger(hours) || hours < 1 || hours > maxStopHours)
        ? true
        : null,
    name: !validName(form.name),
  }
  const [cpu, memoryGb] = form.cpuMemory.split(':').map(Number)
  const onSale = sizesOf(type, disk).find(
    (s) => s.gpus === form.gpus && s.cpu === cpu && s.memoryGb === memoryGb,
  )
  const size: InstanceSize | null = onSale && !errors.disk ? onSale : null
  return { size, errors, min, max }
}
