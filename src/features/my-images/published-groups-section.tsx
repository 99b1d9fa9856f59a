import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { ApiErrorMessage } from '@/components/api-error-message'
import { ErrorState } from '@/components/error-state'
import { ScrollRegion } from '@/components/scroll-region'
import { useLanguage } from '@/components/use-language'
import { useApiClient } from '@/lib/api-client-context'
import { priceText } from '@/components/price-text'
import { formatDate } from '@/lib/format'
import { hasReviewing, myQueries, reviewRefreshMs } from '@/lib/my-queries'
import { Empty, Loading, Section } from './section'
import { Button, buttonClass } from '@/components/ui/button'
import { LinkButton } from '@/components/ui/link-button'
import { cardClass, tableClass } from '@/components/ui/classes'
import { StatusBadge } from '@/components/status-badge'
import { VisibilityControl } from '@/components/visibility-control'
import { useReviewAnnouncements } from './use-review-announcements'

const latest = (group: CommunityImageGroup) => Math.max(0, ...group.versions.map((v) => v.pubTime))

function GroupCard({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const headingId = useId()
  const versions = [...group.versions].sort((a, b) => b.pubTime - a.pubTime)
  // Only versions past review are in the marketplace; a group with none has no page there yet.
  const listed = group.versions.some((v) => v.status !== 'Reviewing' && v.visibility !== 0)
  return (
    <article aria-labelledby={headingId} className={cardClass}>
      <div className="flex flex-wrap items-start justify-between gap-3 p-4">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold">
            {group.name}
          </h3>
          <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">
            {group.groupId}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {listed && (
            <Link
              to={`/images/${encodeURIComponent(group.groupId)}`}
              aria-label={t('my.published.openNamed', { name: group.name })}
              className={buttonClass('link')}
            >
              {t('my.published.open')}
            </Link>
          )}
          <LinkButton
            size="sm"
            to={`/publish?group=${encodeURIComponent(group.groupId)}`}
            aria-label={t('my.published.newVersionNamed', { name: group.name })}
          >
            {t('my.published.newVersion')}
          </LinkButton>
        </div>
      </div>
      <ScrollRegion label={t('my.published.versionsOf', { name: group.name })}>
        {/* Fixed layout: every group's columns line up with the next one's. */}
        <table className={`${tableClass} sm:table-fixed`}>
          <caption className="sr-only">
            {t('my.published.versionsOf', { name: group.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('my.published.version')}</th>
              <th scope="col">{t('my.published.status')}</th>
              <th scope="col">{t('my.published.price')}</th>
              <th scope="col">{t('my.published.pubTime')}</th>
              <th scope="col">{t('my.published.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.imageId}>
                <th scope="row" className="text-left font-medium">
                  {version.versionName}
                </th>
                <td data-label={t('my.published.status')}>
                  <StatusBadge status={version.status} />
                </td>
                <td data-label={t('my.published.price')} className="whitespace-nowrap">
                  {priceText(version.price, t, language)}
                </td>
                <td data-label={t('my.published.pubTime')} className="whitespace-nowrap">
                  {version.pubTime > 0 ? formatDate(version.pubTime, language) : '–'}
                </td>
                <td data-label={t('my.published.actions')}>
                  <span className="flex flex-wrap items-center gap-2">
                    <Link
                      to={`/my/versions/${encodeURIComponent(version.imageId)}/edit`}
                      aria-label={t('edit.editNamed', {
                        version: version.versionName,
                        name: group.name,
                      })}
                      className={buttonClass('link')}
                    >
                      {t('edit.edit')}
                    </Link>
                    <VisibilityControl group={group} version={version} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </article>
  )
}

export function PublishedGroupsSection() {
  const { t } = useTranslation()
  const query = useQuery(myQueries.allGroups(useApiClient()))
  useReviewAnnouncements(query.data?.groups)
  const title = t('my.published.title')

  if (query.isPending) {
    return (
      <Section title={title}>
        <Loading text={t('my.published.loading')} />
      </Section>
    )
  }
  if (query.isLoadingError) {
    return (
      <Section title={title}>
        <ErrorState
          title={t('my.published.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Section>
    )
  }
  const groups = [...query.data.groups].sort((a, b) => latest(b) - latest(a))
  const reviewing = hasReviewing(groups)
  return (
    <Section
      title={title}
      aside={
        reviewing &&
        !query.isRefetchError && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('my.published.polling', { seconds: reviewRefreshMs / 1000 })}
          </p>
        )
      }
    >
      {query.isRefetchError && (
        <div className="mb-3 flex flex-wrap items-start gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <div className="min-w-0 flex-1">
            <p className="font-medium">{t('my.published.refreshFailed')}</p>
            <ApiErrorMessage error={query.error} />
          </div>
          <Button variant="warning" size="sm" onClick={() => void query.refetch()}>
            {t('errors.retry')}
          </Button>
        </div>
      )}
      {groups.length === 0 ? (
        <Empty>
          <p>{t('my.published.empty')}</p>
          <Link to="/publish" className={`mt-2 inline-block ${buttonClass('link')}`}>
            {t('my.published.publishFirst')}
          </Link>
        </Empty>
      ) : (
        <>
          {!query.data.complete && (
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {t('my.published.incomplete', { count: groups.length })}
            </p>
          )}
          <ul className="space-y-4">
            {groups.map((group) => (
              <li key={group.groupId}>
                <GroupCard group={group} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  )
}
