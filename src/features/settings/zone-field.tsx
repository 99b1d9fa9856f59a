import type { UseQueryResult } from '@tanstack/react-query'
import type { SupportZone } from '@/api/actions/describe-support-zones'
import { LabelledSelect } from '@/components/labelled-select'
import { useTranslation } from '@/i18n/use-translation'
import { Button } from '@/components/ui/button'
import { hintClass } from '@/components/ui/classes'

interface ZoneFieldProps {
  query: UseQueryResult<SupportZone[]>
  zones: SupportZone[]
  zone: string
  onChange: (zone: string) => void
  /** CompShare mode without usable keys: the zones cannot be asked for yet. */
  needsKeys: boolean
}

/** The availability zone, from DescribeCompShareSupportZone for the region above it. */
export function ZoneField({ query, zones, zone, onChange, needsKeys }: ZoneFieldProps) {
  const { t } = useTranslation()
  // A zone saved earlier stays choosable while the list cannot be had.
  const options = zones.length
    ? zones.map((z) => ({
        value: z.zone,
        label: z.name ? t('settings.region.option', { name: z.name, id: z.zone }) : z.zone,
      }))
    : zone
      ? [{ value: zone, label: zone }]
      : [{ value: '', label: t('settings.zone.none') }]
  return (
    <div>
      <LabelledSelect
        label={t('settings.zone.label')}
        value={zone}
        onChange={onChange}
        options={options}
      />
      <div role="status" className={`mt-1 ${hintClass}`}>
        {needsKeys
          ? t('settings.zone.needsKeys')
          : query.isPending
            ? t('settings.zone.loading')
            : query.isError
              ? null
              : t('settings.zone.hint')}
      </div>
      {query.isError && !needsKeys && (
        <div className="mt-2 flex flex-wrap items-start gap-3 text-sm text-red-800 dark:text-red-300">
          {/* Why, in full, is Test connection's to say: one explanation is enough. */}
          <p className="font-medium">{t('settings.zone.failed')}</p>
          <Button variant="secondary" onClick={() => void query.refetch()}>
            {t('settings.zone.retry')}
          </Button>
        </div>
      )}
    </div>
  )
}
