import type { ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { ImageCardGrid } from '@/components/image-card-grid'
import { cardClass, cardGridClass } from '@/components/ui/classes'

export function ResultsGrid({
  groups,
  stale,
  renderFit,
  tagHref,
  renderMore,
}: {
  groups: CommunityImageGroup[]
  stale: boolean
  renderFit?: ((group: CommunityImageGroup) => ReactNode) | undefined
  tagHref?: (tag: string) => string
  renderMore?: (group: CommunityImageGroup) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="browse-results" aria-busy={stale}>
      <h2 id="browse-results" className="sr-only">
        {t('browse.results')}
      </h2>
      {stale && (
        <p role="status" className="sr-only">
          {t('browse.updating')}
        </p>
      )}
      <ImageCardGrid
        groups={groups}
        dimmed={stale}
        firstOnPage
        renderFit={renderFit}
        tagHref={tagHref}
        renderMore={renderMore}
      />
    </section>
  )
}

export function ResultsSkeleton({ count }: { count: number }) {
  const { t } = useTranslation()
  return (
    <div role="status" aria-label={t('browse.loading')}>
      <ul className={cardGridClass} aria-hidden="true">
        {Array.from({ length: Math.min(count, 12) }, (_, i) => (
          <li key={i}>
            <div className={`${cardClass} overflow-hidden`}>
              <div className="aspect-video animate-pulse bg-slate-200 dark:bg-slate-800" />
              <div className="space-y-2 p-3">
                <div className="h-4 w-3/4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
                <div className="h-3 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
                <div className="h-3 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
