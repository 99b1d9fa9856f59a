import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import type { InstanceType } from '@/api/actions/instance-types'
import { Dialog } from '@/components/ui/dialog'
import { useRunTranslation } from '@/i18n/run-context'
import { useApiClient } from '@/lib/api-client-context'
import { formatPrice } from '@/lib/format'
import { instanceQueries } from '@/lib/instance-queries'
import { noSize } from '@/lib/launch-plan'
import { formSize, initialForm, type LaunchForm } from './launch-form'
import { LaunchFields } from './launch-fields'
import { LaunchSubmit } from './launch-submit'
import { PriceParts } from './price-parts'

/**
 * The launch of one version: a size prefilled from the version and the zone's offer, its
 * hourly total, the ports it opens and a stop after a few hours; sent once on confirmation.
 */
export default function LaunchDialog({
  renderError,
  group,
  version,
  types,
  gpuType,
  onClose,
}: {
  group: CommunityImageGroup
  version: CommunityImageVersion
  types: InstanceType[]
  gpuType: string
  onClose: () => void
  renderError: (error: unknown) => ReactNode
}) {
  const { r, language } = useRunTranslation()
  const client = useApiClient()
  // The GPU is the one chosen in the table: another is another row's Launch.
  const type = types.find((t) => t.gpuType === gpuType)
  const [form, setForm] = useState<LaunchForm | null>(() =>
    type ? initialForm(type, version.sizeMb, group.name) : null,
  )
  const checked = form && type ? formSize(form, type, version.sizeMb) : null
  const size = checked?.size ?? null
  const price = useQuery({
    ...instanceQueries.price(client, size ?? noSize, version.imageId),
    enabled: size !== null,
  })

  const title = r('launch.title', { name: group.name, version: version.versionName })
  if (!form || !type || !checked) return null
  const change = (next: Partial<LaunchForm>) => setForm({ ...form, ...next })

  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="mt-3 flex flex-col gap-3 text-sm">
        <LaunchFields form={form} type={type} checked={checked} onChange={change} />
        <div aria-live="polite" className="rounded-md bg-slate-50 p-3 dark:bg-slate-800">
          <p className="font-medium">
            {r('launch.total')}
            {': '}
            {price.data
              ? r('run.perHour', { price: formatPrice(price.data.total, language) })
              : price.isError
                ? r('run.priceFailed')
                : r('run.priceLoading')}
          </p>
          {price.data && size && <PriceParts price={price.data} size={size} />}
          <p className="mt-1">{r('launch.charging')}</p>
        </div>
        <div>
          <p className="font-medium">{r('launch.ports')}</p>
          <p>
            {version.softwarePorts.length === 0
              ? r('launch.noPorts')
              : version.softwarePorts
                  .map((p) => r('launch.port', { app: p.software, port: p.port }))
                  .join(' · ')}
          </p>
        </div>
        <LaunchSubmit
          version={version}
          form={form}
          size={size}
          total={price.data?.total ?? null}
          onBilled={(billed) => change({ billed })}
          onClose={onClose}
          renderError={renderError}
        />
      </div>
    </Dialog>
  )
}
