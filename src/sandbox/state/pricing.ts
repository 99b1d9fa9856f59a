import type { GpuOffer } from '../seed/gpu-catalogue.ts'
import type { ChargeType } from '../types.ts'

/**
 * Demo figures (docs/decisions/0027), not CompShare's prices: the GPU per card-hour of its type
 * (gpu-catalogue.ts), 0.01 yuan per CPU-hour, 0.005 per GB of memory-hour, the system disk free
 * up to 200 GB and 0.0006 per GB-hour beyond, data disks 0.0006 per GB-hour. Day is 24 hours
 * at 90%, Month 720 hours at 70%, Spot the instance at half; the image's own fee is by the hour,
 * undiscounted. Worked in 1/100,000 yuan, where every step is a whole number, and rounded to
 * the fen once at the end.
 */
const unit = 100_000
const cpuHour = 1_000
const memoryGbHour = 500
const diskGbHour = 60
const freeSystemDiskGb = 200

/** Every charge type, in the order an answer without ChargeType lists them. */
export const chargeTypes: readonly ChargeType[] = ['Postpay', 'Dynamic', 'Day', 'Month', 'Spot']

const hoursOf: Record<ChargeType, number> = { Postpay: 1, Dynamic: 1, Spot: 1, Day: 24, Month: 720 }
/** Tenths paid of the list price. */
const paidTenths: Record<ChargeType, number> = {
  Postpay: 10,
  Dynamic: 10,
  Spot: 10,
  Day: 9,
  Month: 7,
}

export interface PriceInput {
  offer: GpuOffer
  gpu: number
  cpu: number
  memoryGb: number
  /** GB; 0 when no system disk was sent. */
  bootDisk: number
  dataDisks: readonly number[]
  /** Yuan per hour. */
  imagePrice: number
  /** Days or months bought; only Day and Month use it. */
  quantity: number
}

export interface PriceDetail {
  ChargeType: ChargeType
  Instance: number
  SystemDisks: number
  Disks: number
  CompShareImage: number
}

const yuan = (units: number) => Math.round(units / 1000) / 100

/** The price of one charge type; `discounted` false gives the price before Day, Month or Spot. */
export function priceDetail(
  input: PriceInput,
  chargeType: ChargeType,
  discounted = true,
): PriceDetail {
  const periods =
    hoursOf[chargeType] * (chargeType === 'Day' || chargeType === 'Month' ? input.quantity : 1)
  const tenths = discounted ? paidTenths[chargeType] : 10
  const scale = (hourly: number) => (hourly * periods * tenths) / 10
  const compute =
    Math.round(input.offer.cardHour * unit) * input.gpu +
    cpuHour * input.cpu +
    memoryGbHour * input.memoryGb
  const spot = discounted && chargeType === 'Spot' ? 2 : 1
  const data = input.dataDisks.reduce((sum, size) => sum + size, 0)
  return {
    ChargeType: chargeType,
    Instance: yuan(scale(compute) / spot),
    SystemDisks: yuan(scale(Math.max(0, input.bootDisk - freeSystemDiskGb) * diskGbHour)),
    Disks: yuan(scale(data * diskGbHour)),
    CompShareImage: yuan(Math.round(input.imagePrice * unit) * periods),
  }
}
