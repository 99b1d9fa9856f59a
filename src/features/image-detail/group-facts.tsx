import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { gpuSpec } from '@/api/gpu-types'
import { useLanguage } from '@/components/use-language'
import { priceText } from '@/components/price-text'
import { formatCount, formatDate, formatSize } from '@/lib/format'
import { AuthorQr } from './author-qr'
import { Fact } from './fact'
import { VersionIdentity } from './version-identity'
import { VersionTags } from './version-tags'

/** Everything the chosen version carries, and the group's counters. */
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
  const { applications, cudaVersion, framework, frameworkVersion } = version.softwares
  const ports = version.softwarePorts
  // An application declared without a port is still one the version runs.
  const apps = [
    ...ports.map((p) => t('detail.portLine', { software: p.software, port: p.port })),
    ...applications.filter((app) => app && !ports.some((p) => p.software === app)),
  ]
  // What the publisher (or the service) did not state is left out, rather than shown as "none".
  const stated = (term: string, value: string): [string, string][] => (value ? [[term, value]] : [])
  const time = (unixSeconds: number) => (unixSeconds > 0 ? formatDate(unixSeconds, language) : '')
  const facts: [string, string][] = [
    [t('detail.price'), priceText(version.price, t, language)],
    [t('detail.gpus'), gpus.join(' · ') || t('detail.anyGpu')],
    [t('detail.autoStart'), t(version.autoStart ? 'detail.yes' : 'detail.no')],
    ...stated(t('detail.ports'), apps.join(' · ')),
    ...stated(t('detail.cuda'), cudaVersion),
    ...stated(t('detail.framework'), [framework, frameworkVersion].filter(Boolean).join(' ')),
    ...stated(t('detail.facts.published'), time(version.pubTime)),
    ...stated(t('detail.facts.updated'), time(version.updateTime)),
    ...stated(
      t('detail.facts.size'),
      version.sizeMb > 0 ? formatSize(version.sizeMb, language) : '',
    ),
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
        <Fact key={term} term={term}>
          {value}
        </Fact>
      ))}
      <AuthorQr url={version.qrCodeUrl} author={version.author} />
      <VersionTags tags={version.tags} />
      <VersionIdentity groupId={group.groupId} imageId={version.imageId} />
    </dl>
  )
}
