import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { gpuSpec } from '@/api/gpu-types'
import { useLanguage } from '@/components/use-language'
import { priceText } from '@/components/price-text'
import { formatCount } from '@/lib/format'

export function GroupFacts({
  group,
  version,
}: {
  group: CommunityImageGroup
  version: CommunityImageVersion
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const gpus = version.supportedGpuTypes.map((name) => {
    const spec = gpuSpec(name)
    return spec ? t('detail.gpuLine', { name: spec.label, memory: spec.memoryGb }) : name
  })
  const { cudaVersion, framework, frameworkVersion } = version.softwares
  // What the publisher did not state is left out, rather than shown as "none".
  const stated = (term: string, value: string): [string, string][] => (value ? [[term, value]] : [])
  const facts: [string, string][] = [
    [t('detail.price'), priceText(version.price, t, language)],
    [t('detail.gpus'), gpus.join(' · ') || t('detail.anyGpu')],
    [t('detail.autoStart'), t(version.autoStart ? 'detail.yes' : 'detail.no')],
    ...stated(
      t('detail.ports'),
      version.softwarePorts
        .map((p) => t('detail.portLine', { software: p.software, port: p.port }))
        .join(' · '),
    ),
    ...stated(t('detail.cuda'), cudaVersion),
    ...stated(t('detail.framework'), [framework, frameworkVersion].filter(Boolean).join(' ')),
    [
      t('detail.counters'),
      [
        t('card.favorites', { value: formatCount(group.favoritesCount, language) }),
        t('card.usage', { value: formatCount(group.usage, language) }),
        t('detail.created', { value: formatCount(group.createdCount, language) }),
      ].join(' · '),
    ],
  ]
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
