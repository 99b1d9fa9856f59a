import { useQuery } from '@tanstack/react-query'
import { gpuLabel } from '@/api/gpu-types'
import { useRunTranslation } from '@/i18n/run-context'
import { formatPrice } from '@/lib/format'
import { instanceQueries } from '@/lib/instance-queries'
import { startSize } from '@/lib/launch-plan'
import { useOffer } from './use-offer'

/**
 * Under "My GPU": whether the zone sells it and has it in stock, and what an hour of its
 * smallest size costs before an image's fee. Lazy, like the cards' prices (./fit-price.tsx).
 */
export default function GpuSummary({ gpuType }: { gpuType: string }) {
  const { r, language } = useRunTranslation()
  const offer = useOffer(gpuType)
  // An image of no size takes the smallest disk, as most do: the cards' commonest answer.
  const size = offer.type && startSize(offer.type, 0)
  const base = useQuery(instanceQueries.basePrice(offer.client, size))
  const gpu = gpuLabel(gpuType)
  const text = () => {
    if (!offer.allowed) return r('run.keysNeeded')
    if (offer.types.isError) return r('run.failed')
    if (offer.types.isPending) return r('run.loading')
    if (!offer.sold) return r('fit.summaryNotSold', { gpu, zone: offer.zone })
    if (!size || !base.data) return base.isError || !size ? r('run.priceFailed') : r('run.loading')
    return r('fit.summary', {
      gpu,
      zone: offer.zone,
      stock: offer.type?.soldOut ? r('fit.soldOut') : r('fit.inStock'),
      size: r('run.size', {
        gpus: size.gpus,
        cpu: size.cpu,
        memory: size.memoryGb,
        disk: size.diskGb,
      }),
      price: formatPrice(base.data.total, language),
    })
  }
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
      {text()}
      {offer.sandbox && offer.types.isSuccess && <span className="block">{r('run.demo')}</span>}
    </p>
  )
}
