import { useQuery } from '@tanstack/react-query'
import type { CommunityImageVersion } from '@/api/actions/community-images'
import { useRunTranslation } from '@/i18n/run-context'
import { formatPrice } from '@/lib/format'
import { instanceQueries } from '@/lib/instance-queries'
import { startSize } from '@/lib/launch-plan'
import { useOffer } from './use-offer'

/**
 * The all-in hourly price of `version` on `gpuType`, for a card's fit line: the service's price
 * of the smallest size with a system disk no smaller than the image (asked without an image,
 * so cards with the same disk share one answer), plus the image's own fee from the listing.
 * Lazy, and translated through the run catalogue: a first visit without "My GPU" loads none of it.
 */
export default function FitPrice({
  version,
  gpuType,
}: {
  version: CommunityImageVersion
  gpuType: string
}) {
  const { r, language } = useRunTranslation()
  const offer = useOffer(gpuType)
  const size = offer.type && startSize(offer.type, version.sizeMb)
  const base = useQuery(instanceQueries.basePrice(offer.client, size))
  if (!offer.allowed || offer.types.isPending) return null
  if (offer.types.isError) return <> · {r('fit.priceFailed')}</>
  if (!offer.sold) return <> · {r('fit.notSold')}</>
  const soldOut = offer.type?.soldOut ? <> · {r('fit.soldOut')}</> : null
  if (base.isError || !size) {
    return (
      <>
        {' · '}
        {r('fit.priceFailed')}
        {soldOut}
      </>
    )
  }
  if (!base.data) return soldOut
  const total = Math.round((base.data.total + version.price) * 100) / 100
  const price = (value: number) => formatPrice(value, language)
  return (
    <>
      {' · '}
      <span className="font-medium" data-all-in={total}>
        {r('fit.allIn', { price: price(total) })}
      </span>
      <span className="sr-only">
        {' '}
        {r('fit.parts', {
          disk: size.diskGb,
          base: price(base.data.total),
          image: price(version.price),
        })}
      </span>
      {soldOut}
    </>
  )
}
