import { gpuOffer, gpuOffers, sizeOf, type GpuOffer } from '../seed/gpu-catalogue.ts'
import { chargeTypes } from '../state/pricing.ts'
import type { ChargeType } from '../types.ts'
import { invalidParameter, missingParameter } from './errors.ts'
import { optionalText, type Fields } from './params.ts'

// The checks of the instance actions' common fields: one bad value gets one answer, naming the
// parameter, whichever action carries it.

/** A whole number from `min` to `max`; `fallback` when absent (required when there is none). */
export function integerField(
  fields: Fields,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const text = optionalText(fields, name)
  if (text === undefined) {
    if (fallback === undefined) throw missingParameter(name)
    return fallback
  }
  if (!/^\d{1,10}$/.test(text)) throw invalidParameter(name, 'must be a whole number')
  const value = Number(text)
  if (value < min || value > max) {
    throw invalidParameter(name, `must be from ${min} to ${max}, got ${value}`)
  }
  return value
}

/** The zone of a request whose Zone is required (checked by location.ts before any handler). */
export const zoneOf = (fields: Fields) => optionalText(fields, 'Zone') ?? ''

/** `GpuType`: a type the service knows, sold in `zone`. */
export function gpuTypeField(fields: Fields, zone: string): GpuOffer {
  const name = optionalText(fields, 'GpuType')
  if (name === undefined) throw missingParameter('GpuType')
  const offer = gpuOffer(name)
  if (!offer) {
    const known = gpuOffers.map((candidate) => candidate.name).join(', ')
    throw invalidParameter('GpuType', `unknown GPU type "${name}" (known: ${known})`)
  }
  if (!Object.hasOwn(offer.zones, zone)) {
    throw invalidParameter('GpuType', `${name} is not sold in zone ${zone}`)
  }
  return offer
}

export interface Size {
  gpu: number
  cpu: number
  memoryGb: number
}

/** GPU count, CPU and memory (MB, a multiple of 1024): one of the type's sizes on sale. */
export function sizeFields(
  fields: Fields,
  offer: GpuOffer,
  names: { gpu: string; cpu: string; memory: string },
): Size {
  const gpu = integerField(fields, names.gpu, 1, 64)
  const cpu = integerField(fields, names.cpu, 1, 1024)
  const memory = integerField(fields, names.memory, 1024, 4 * 1024 * 1024)
  const size = sizeOf(offer, gpu)
  if (!size) {
    const counts = offer.sizes.map((candidate) => candidate.gpu).join(', ')
    throw invalidParameter(names.gpu, `${offer.name} is sold with ${counts} cards, not ${gpu}`)
  }
  const collection = size.collections.find((candidate) => candidate.cpu === cpu)
  if (!collection) {
    const cpus = size.collections.map((candidate) => candidate.cpu).join(', ')
    throw invalidParameter(names.cpu, `${offer.name} × ${gpu} comes with ${cpus} CPU, not ${cpu}`)
  }
  if (memory % 1024 !== 0) throw invalidParameter(names.memory, 'must be MB, a multiple of 1024')
  const memoryGb = memory / 1024
  if (!collection.memory.includes(memoryGb)) {
    const sizes = collection.memory.map((gb) => `${gb * 1024} MB`).join(', ')
    throw invalidParameter(
      names.memory,
      `${offer.name} × ${gpu} with ${cpu} CPU comes with ${sizes}, not ${memory} MB`,
    )
  }
  return { gpu, cpu, memoryGb }
}

/** `ChargeType`, one the type is sold by; `fallback` when absent (undefined: none). */
export function chargeTypeField<T extends ChargeType | undefined>(
  fields: Fields,
  offer: GpuOffer,
  fallback: T,
): ChargeType | T {
  const value = optionalText(fields, 'ChargeType')
  if (value === undefined) return fallback
  const chargeType = chargeTypes.find((candidate) => candidate === value)
  if (!chargeType) {
    throw invalidParameter('ChargeType', `must be one of ${chargeTypes.join(', ')}`)
  }
  if (chargeType === 'Spot' && !offer.spot) {
    throw invalidParameter('ChargeType', `${offer.name} is not sold as Spot`)
  }
  return chargeType
}

const platforms = ['Auto', 'Intel/Auto', 'Amd/Auto'] as const

/** `MinimalCpuPlatform`: Auto, or a vendor the type is built on. */
export function platformField(fields: Fields, offer: GpuOffer, required: boolean): void {
  const value = optionalText(fields, 'MinimalCpuPlatform')
  if (value === undefined) {
    if (required) throw missingParameter('MinimalCpuPlatform')
    return
  }
  if (!(platforms as readonly string[]).includes(value)) {
    throw invalidParameter('MinimalCpuPlatform', `must be one of ${platforms.join(', ')}`)
  }
  if ((value === 'Intel/Auto' && !offer.intel) || (value === 'Amd/Auto' && !offer.amd)) {
    throw invalidParameter('MinimalCpuPlatform', `${offer.name} is not built on ${value}`)
  }
}

/** `MachineType`: the instance actions sell GPU machines only. */
export function machineTypeField(fields: Fields): void {
  const value = optionalText(fields, 'MachineType')
  if (value === undefined) throw missingParameter('MachineType')
  if (value !== 'G') throw invalidParameter('MachineType', 'must be G (a GPU machine)')
}
