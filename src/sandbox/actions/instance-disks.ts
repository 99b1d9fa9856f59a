import { maxDisks } from '../bounds.ts'
import type { GpuOffer } from '../seed/gpu-catalogue.ts'
import { invalidParameter, missingParameter } from './errors.ts'
import { integerField } from './instance-fields.ts'
import { optionalBoolean, optionalText, type Fields } from './params.ts'

/** What DescribeAvailableCompShareInstanceTypes promises (`Disks`), and what is checked. */
export const bootDiskMaxGb = 1000
export const dataDiskGb = { min: 10, max: 1500 } as const

export interface DiskInput {
  type: string
  /** GB. */
  size: number
}

export interface Disks {
  /** Null when no system disk was sent. */
  boot: DiskInput | null
  /** Its N in `Disks.N`. */
  bootIndex: number
  data: DiskInput[]
}

/** The indexes N of the `Disks.N.*` fields sent, in order. */
function diskIndexes(fields: Fields): number[] {
  const indexes = new Set<number>()
  for (const key of Object.keys(fields)) {
    const match = /^Disks\.(\d{1,4})\./.exec(key)
    if (match) indexes.add(Number(match[1]))
  }
  return [...indexes].sort((a, b) => a - b)
}

/**
 * `Disks.N.{IsBoot,Type,Size}`: at most one system disk (`required`: exactly one), each disk a
 * CLOUD_SSD (or CLOUD_RSSD where the type offers it) of a size on sale, in GB.
 */
export function disksField(fields: Fields, offer: GpuOffer, required: boolean): Disks {
  const indexes = diskIndexes(fields)
  if (indexes.length > maxDisks) {
    throw invalidParameter('Disks', `at most ${maxDisks} disks, got ${indexes.length}`)
  }
  const disks: Disks = { boot: null, bootIndex: -1, data: [] }
  const types = offer.rssd ? ['CLOUD_SSD', 'CLOUD_RSSD'] : ['CLOUD_SSD']
  for (const index of indexes) {
    const name = (field: string) => `Disks.${index}.${field}`
    const isBoot = optionalBoolean(fields, name('IsBoot'))
    const type = optionalText(fields, name('Type'))
    if (type === undefined) throw missingParameter(name('Type'))
    if (!types.includes(type)) {
      throw invalidParameter(name('Type'), `${offer.name} takes ${types.join(' or ')} disks`)
    }
    if (isBoot && disks.boot !== null) {
      throw invalidParameter('Disks', 'only one disk may be the system disk (IsBoot true)')
    }
    if (isBoot) {
      disks.boot = { type, size: integerField(fields, name('Size'), 1, bootDiskMaxGb) }
      disks.bootIndex = index
    } else {
      disks.data.push({
        type,
        size: integerField(fields, name('Size'), dataDiskGb.min, dataDiskGb.max),
      })
    }
  }
  if (required && disks.boot === null) {
    throw invalidParameter('Disks', 'send a system disk: Disks.0.IsBoot true, Type and Size')
  }
  return disks
}

/** The system disk holds the image: at least its size, in whole GB (image sizes are MB). */
export function checkBootFits(disks: Disks, imageMb: number): void {
  const needed = Math.ceil(imageMb / 1024)
  if (disks.boot !== null && disks.boot.size < needed) {
    throw invalidParameter(
      `Disks.${disks.bootIndex}.Size`,
      `the system disk (${disks.boot.size} GB) is smaller than the image (${needed} GB)`,
    )
  }
}
