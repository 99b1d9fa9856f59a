import { maxInstancesPerAccount } from '../bounds.ts'
import { freeCards } from '../state/stock.ts'
import type { InstanceDisk, InstanceRecord } from '../types.ts'
import type { ActionHandler } from './context.ts'
import { invalidParameter, missingParameter, RetCode, SandboxError } from './errors.ts'
import { checkBootFits, disksField, type Disks } from './instance-disks.ts'
import {
  chargeTypeField,
  gpuTypeField,
  machineTypeField,
  platformField,
  sizeFields,
  zoneOf,
} from './instance-fields.ts'
import { checkImageGpu, imageField } from './instance-image.ts'
import { optionalText, type Fields } from './params.ts'

/** The SDK's required fields beside Region and Zone, checked first in its (alphabetical) order. */
const required = ['CPU', 'CompShareImageId', 'GPU', 'GpuType', 'MachineType', 'Memory'] as const

/** The docs: at most 63 characters of Chinese, English, digits and _ . , : -; `host` by default. */
function nameField(fields: Fields): string {
  const name = optionalText(fields, 'Name')
  if (name === undefined) return 'host'
  if (!/^[\p{Script=Han}A-Za-z0-9_.,:-]{1,63}$/u.test(name)) {
    throw invalidParameter(
      'Name',
      'at most 63 characters: Chinese, English letters, digits and _ . , : -',
    )
  }
  return name
}

/** Disk ids as UCloud's look: `bsi-` for the system disk, `bs-` for data disks. */
function instanceDisks(id: string, disks: Disks): InstanceDisk[] {
  const hex = id.slice('uhost-'.length)
  const sent = [
    ...(disks.boot ? [{ ...disks.boot, boot: true }] : []),
    ...disks.data.map((d) => ({ ...d, boot: false })),
  ]
  return sent.map((disk, i) => ({ id: disk.boot ? `bsi-${hex}` : `bs-${hex}-${i}`, ...disk }))
}

/** One instance per request in the sandbox: no batches, no prepaid terms beyond one. */
function onlyOne(fields: Fields, name: string): void {
  const value = optionalText(fields, name)
  if (value !== undefined && value !== '1') {
    throw invalidParameter(name, 'the sandbox creates one instance at a time: send 1')
  }
}

/**
 * Checks everything (each refusal names its parameter), then the quota, then the stock; the new
 * instance starts Initializing and is Running `instanceSeconds` later (state/instances.ts).
 */
export const createInstance: ActionHandler = (fields, context) => {
  for (const name of required) {
    if (optionalText(fields, name) === undefined) throw missingParameter(name)
  }
  const { catalogue, account, now } = context
  const zone = zoneOf(fields)
  const offer = gpuTypeField(fields, zone)
  machineTypeField(fields)
  const size = sizeFields(fields, offer, { gpu: 'GPU', cpu: 'CPU', memory: 'Memory' })
  // The docs' default: a request without ChargeType buys a month.
  const chargeType = chargeTypeField(fields, offer, 'Month')
  platformField(fields, offer, false)
  const image = imageField(fields, context, true)
  if (!image) throw missingParameter('CompShareImageId')
  checkImageGpu(image, offer.name)
  const disks = disksField(fields, offer, true)
  checkBootFits(disks, image.size)
  const name = nameField(fields)
  onlyOne(fields, 'Quantity')
  onlyOne(fields, 'MaxCount')

  const instances = catalogue.state.instances
  const held = instances.filter((instance) => instance.owner === account.publicKey).length
  if (held >= maxInstancesPerAccount) {
    throw new SandboxError(
      RetCode.invalidParameter,
      `Instance quota reached: an account holds at most ${maxInstancesPerAccount} instances; ` +
        'terminate one first',
    )
  }
  if (freeCards(instances, context.stock, zone, offer.name, now) < size.gpu) {
    throw new SandboxError(RetCode.resourceNotEnough, 'Resource not enough, Please try again later')
  }
  const id = context.newId('uhost-')
  const record: InstanceRecord = {
    id,
    owner: account.publicKey,
    name,
    zone,
    gpuType: offer.name,
    gpu: size.gpu,
    cpu: size.cpu,
    memory: size.memoryGb * 1024,
    chargeType,
    image: {
      id: image.id,
      kind: image.kind,
      name: image.name,
      author: image.author,
      versionName: image.versionName,
      price: image.price,
      ports: image.ports,
    },
    disks: instanceDisks(id, disks),
    state: 'Initializing',
    until: now + context.instanceSeconds,
    createTime: now,
    startTime: 0,
    stopTime: 0,
    updateTime: now,
    stopAt: 0,
  }
  instances.push(record)
  context.commit({ kind: 'instances', upsert: [record], remove: [] })
  return { UHostIds: [record.id] }
}
