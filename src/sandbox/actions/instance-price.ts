import { maxQuantity } from '../bounds.ts'
import { chargeTypes, priceDetail, type PriceInput } from '../state/pricing.ts'
import type { ActionHandler } from './context.ts'
import { disksField } from './instance-disks.ts'
import {
  chargeTypeField,
  gpuTypeField,
  integerField,
  sizeFields,
  zoneOf,
} from './instance-fields.ts'
import { imageField } from './instance-image.ts'

/**
 * The price of one size, itemised (demo figures: state/pricing.ts), for the ChargeType asked or
 * for every one the type is sold by. The CLI and the docs read `PriceDetails`, the SDK
 * `PriceDetail`: both carry the list, and so do the Original and List variants (the price
 * before the Day, Month and Spot discounts).
 */
export const getInstancePrice: ActionHandler = (fields, context) => {
  const offer = gpuTypeField(fields, zoneOf(fields))
  const size = sizeFields(fields, offer, { gpu: 'Gpu', cpu: 'Cpu', memory: 'Memory' })
  const chargeType = chargeTypeField(fields, offer, undefined)
  const disks = disksField(fields, offer, false)
  const image = imageField(fields, context, false)
  const input: PriceInput = {
    offer,
    ...size,
    bootDisk: disks.boot?.size ?? 0,
    dataDisks: disks.data.map((disk) => disk.size),
    imagePrice: image?.price ?? 0,
    quantity: integerField(fields, 'Quantity', 1, maxQuantity, 1),
  }
  const modes = chargeType
    ? [chargeType]
    : chargeTypes.filter((mode) => mode !== 'Spot' || offer.spot)
  const details = (discounted: boolean) => modes.map((mode) => priceDetail(input, mode, discounted))
  return {
    PriceDetails: details(true),
    PriceDetail: details(true),
    OriginalPriceDetails: details(false),
    OriginalPriceDetail: details(false),
    ListPriceDetails: details(false),
    ListPriceDetail: details(false),
  }
}
