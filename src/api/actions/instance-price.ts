import type { ApiClient, CallOptions } from '../client'
import { ApiError } from '../errors'
import { list, normalize, num, shaped, str } from '../normalize'

const action = 'GetCompShareInstancePrice'

/** How every instance of this app is charged: by the hour, settled afterwards (ADR 0027). */
export const chargeType = 'Postpay'
/** The only system disk type every GPU type takes (CLOUD_RSSD is A800's alone). */
export const bootDiskType = 'CLOUD_SSD'

/** One size of instance, as GetCompShareInstancePrice and CreateCompShareInstance take it. */
export interface InstanceSize {
  gpuType: string
  gpus: number
  cpu: number
  memoryGb: number
  /** The system disk, GB. */
  diskGb: number
}

/** Yuan per hour, by what it pays for; `total` is their sum, to the fen. */
export interface InstancePrice {
  instance: number
  systemDisk: number
  dataDisks: number
  image: number
  total: number
}

const detail = shaped(
  { ChargeType: str, Instance: num(), SystemDisks: num(), Disks: num(), CompShareImage: num() },
  (d) => ({
    chargeType: d.ChargeType,
    instance: d.Instance,
    systemDisk: d.SystemDisks,
    dataDisks: d.Disks,
    image: d.CompShareImage,
  }),
)
// The CLI and the console docs read `PriceDetails`, the SDK's schema `PriceDetail`.
const answer = shaped({ PriceDetails: list(detail), PriceDetail: list(detail) }, (a) =>
  a.PriceDetails.length > 0 ? a.PriceDetails : a.PriceDetail,
)

/** The fields of a size, as both the price and the create actions name them. */
export function sizeFields(size: InstanceSize) {
  return {
    GpuType: size.gpuType,
    Memory: size.memoryGb * 1024,
    Disks: [{ IsBoot: true, Type: bootDiskType, Size: size.diskGb }],
    ChargeType: chargeType,
  }
}

/**
 * The hourly price of `size` started from `imageId`, itemised as the service answers it; with
 * `imageId` '' the image is left out (the SDK marks it optional), and so is its fee.
 */
export async function getInstancePrice(
  client: ApiClient,
  size: InstanceSize,
  imageId: string,
  options?: CallOptions,
): Promise<InstancePrice> {
  const raw = await client.call(
    action,
    {
      ...sizeFields(size),
      Gpu: size.gpus,
      Cpu: size.cpu,
      CompShareImageId: imageId || undefined,
      Quantity: 1,
    },
    options,
  )
  const details = normalize(answer, raw, action)
  const hourly = details.find((d) => d.chargeType === chargeType) ?? details[0]
  if (!hourly) throw new ApiError({ kind: 'parse', action, message: 'no PriceDetails' })
  const parts = [hourly.instance, hourly.systemDisk, hourly.dataDisks, hourly.image]
  const total = Math.round(parts.reduce((sum, part) => sum + part, 0) * 100) / 100
  return {
    instance: hourly.instance,
    systemDisk: hourly.systemDisk,
    dataDisks: hourly.dataDisks,
    image: hourly.image,
    total,
  }
}
