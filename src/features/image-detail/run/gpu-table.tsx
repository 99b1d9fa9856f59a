import { useQuery } from '@tanstack/react-query'
import type { CommunityImageVersion } from '@/api/actions/community-images'
import { gpuLabel } from '@/api/gpu-types'
import { ScrollRegion } from '@/components/scroll-region'
import { Button } from '@/components/ui/button'
import { useRunTranslation } from '@/i18n/run-context'
import { useApiClient } from '@/lib/api-client-context'
import { formatPrice } from '@/lib/format'
import { instanceQueries } from '@/lib/instance-queries'
import { cheapest, type GpuFit } from '@/lib/launch-plan'
import { PriceParts } from './price-parts'

const headings = ['run.gpu', 'run.memory', 'run.stock', 'run.price', 'run.action'] as const
const cell = 'border-t border-slate-200 px-3 py-2 align-top dark:border-slate-800'

/** One row per GPU type the version supports; the cheapest in stock is marked. */
export function GpuTable({
  fits,
  version,
  launchable,
  onLaunch,
}: {
  fits: GpuFit[]
  version: CommunityImageVersion
  launchable: boolean
  onLaunch: (gpuType: string) => void
}) {
  const { r, language } = useRunTranslation()
  const client = useApiClient()
  const sized = fits.flatMap((fit) => (fit.size ? [fit.size] : []))
  const prices = useQuery({
    ...instanceQueries.prices(client, sized, version.imageId),
    enabled: sized.length > 0,
  })
  const rows = fits.map((fit) => {
    const price = fit.size ? prices.data?.[sized.indexOf(fit.size)] : undefined
    const inStock = fit.type !== undefined && !fit.type.soldOut
    return { fit, price, inStock, total: price?.total ?? Infinity }
  })
  const best = cheapest(rows.filter((row) => row.price))

  return (
    // `relative`: the screen-reader-only texts (absolutely placed) scroll and clip with the table
    // instead of widening a phone's page from outside the box.
    <ScrollRegion
      label={r('run.caption', { version: version.versionName })}
      className="relative rounded-lg border border-slate-200 dark:border-slate-800"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{r('run.caption', { version: version.versionName })}</caption>
        <thead className="bg-slate-50 text-start dark:bg-slate-900">
          <tr>
            {headings.map((key) => (
              <th key={key} scope="col" className="px-3 py-2 text-start">
                {key === 'run.action' ? <span className="sr-only">{r(key)}</span> : r(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ fit, price, inStock }) => {
            const label = gpuLabel(fit.gpuType)
            const marked = best?.fit === fit
            return (
              <tr
                key={fit.gpuType}
                className={marked ? 'bg-emerald-50 dark:bg-emerald-950/40' : ''}
              >
                <th scope="row" className={`${cell} text-start font-medium`}>
                  {label}
                  {marked && (
                    <span className="ms-2 rounded bg-emerald-700 px-1.5 py-0.5 text-xs font-medium text-white">
                      {r('run.cheapest')}
                    </span>
                  )}
                </th>
                <td className={cell}>
                  {fit.type?.memoryGb ? r('run.memoryGb', { value: fit.type.memoryGb }) : '—'}
                </td>
                <td className={cell}>
                  {!fit.type ? r('run.notSold') : inStock ? r('run.inStock') : r('run.soldOut')}
                </td>
                <td className={cell}>
                  {!fit.size ? (
                    '—'
                  ) : price ? (
                    <>
                      <span className="font-semibold">
                        {r('run.perHour', { price: formatPrice(price.total, language) })}
                      </span>
                      <PriceParts price={price} size={fit.size} />
                    </>
                  ) : prices.isError || price === null ? (
                    r('run.priceFailed')
                  ) : (
                    r('run.priceLoading')
                  )}
                </td>
                <td className={cell}>
                  {fit.size && launchable && inStock && (
                    <Button
                      size="sm"
                      onClick={() => onLaunch(fit.gpuType)}
                      aria-label={r('run.launchNamed', {
                        version: version.versionName,
                        gpu: label,
                      })}
                    >
                      {r('run.launch')}
                    </Button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
