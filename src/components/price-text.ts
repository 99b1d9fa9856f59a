import type { Language } from '@/i18n/catalogue'
import type { TFunction } from '@/i18n/i18n'
import { publishLimits } from '@/api/limits'
import { formatPrice } from '@/lib/format'

/**
 * Whether `price` is one the service can hold: 0 to `maxPrice` yuan an hour, in whole cents.
 * Anything else (−3, 1e-7, NaN) came out wrong somewhere, and is no price to show.
 */
export function isServicePrice(price: number): boolean {
  const cents = price * 10 ** publishLimits.priceDecimals
  return price >= 0 && price <= publishLimits.maxPrice && Math.abs(cents - Math.round(cents)) < 1e-6
}

/** "Free", "CN¥0.50/h", or "Price unknown": the one way every page states a version's price. */
export function priceText(price: number, t: TFunction, language: Language): string {
  if (!isServicePrice(price)) return t('card.priceUnknown')
  return price === 0 ? t('card.free') : t('card.perHour', { price: formatPrice(price, language) })
}
