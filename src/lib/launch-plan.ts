import type { InstanceType } from '@/api/actions/instance-types'
import type { InstanceSize } from '@/api/actions/instance-price'

/** A size that is no size: the key of a query that is not enabled. */
export const noSize: InstanceSize = { gpuType: '', gpus: 0, cpu: 0, memoryGb: 0, diskGb: 0 }

/** The smallest system disk offered, GB; more when the image itself is larger. */
export const minDiskGb = 100

/** A system disk no smaller than the image (`imageMb`, its Size), rounded up to 10 GB. */
export function diskFor(imageMb: number, maxGb = 1000): number {
  const image = Math.ceil(Math.max(0, imageMb) / 1024 / 10) * 10
  return Math.min(Math.max(minDiskGb, image), maxGb)
}

/** The largest system disk the type takes, GB (1000 when the answer does not say). */
export function maxDiskGb(type: InstanceType): number {
  const sizes = type.bootDisks.map((disk) => disk.maxGb).filter((size) => size > 0)
  return sizes.length > 0 ? Math.max(...sizes) : 1000
}

/** Every size on sale for `type`, fewest cards and least CPU and memory first. */
export function sizesOf(type: InstanceType, diskGb: number): InstanceSize[] {
  const sizes = type.sizes.flatMap((size) =>
    size.collection.flatMap((c) =>
      c.memoryGb.map((memoryGb) => ({
        gpuType: type.gpuType,
        gpus: size.gpus,
        cpu: c.cpu,
        memoryGb,
        diskGb,
      })),
    ),
  )
  return sizes.sort((a, b) => a.gpus - b.gpus || a.cpu - b.cpu || a.memoryGb - b.memoryGb)
}

/** The smallest size of `type` with `gpus` cards (by default the fewest it sells). */
export function smallestSize(
  type: InstanceType,
  diskGb: number,
  gpus?: number,
): InstanceSize | undefined {
  const sizes = sizesOf(type, diskGb)
  return sizes.find((size) => gpus === undefined || size.gpus === gpus)
}

/** Where a launch of an image of `imageMb` on `type` starts: its smallest size, a disk to fit. */
export function startSize(type: InstanceType, imageMb: number): InstanceSize | undefined {
  return smallestSize(type, diskFor(imageMb, maxDiskGb(type)))
}

/** One GPU type a version supports, as the zone sells it (or does not). */
export interface GpuFit {
  gpuType: string
  /** Undefined when the zone does not sell this type at all. */
  type: InstanceType | undefined
  /** The size a launch starts from: one card (or the fewest sold), the least CPU and memory. */
  size: InstanceSize | undefined
}

/** The version's GPU types, each with what the zone sells of it, in the version's order. */
export function gpuFits(
  supported: readonly string[],
  types: readonly InstanceType[],
  imageMb: number,
): GpuFit[] {
  return supported.map((gpuType) => {
    const type = types.find((t) => t.gpuType === gpuType)
    return { gpuType, type, size: type && startSize(type, imageMb) }
  })
}

/** The cheapest of the priced fits that is in stock, by its all-in hourly total. */
export function cheapest<T extends { total: number; inStock: boolean }>(
  rows: readonly T[],
): T | undefined {
  return rows
    .filter((row) => row.inStock)
    .reduce<T | undefined>((best, row) => (!best || row.total < best.total ? row : best), undefined)
}
