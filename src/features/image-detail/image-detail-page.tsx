import { useQuery } from '@tanstack/react-query'
import { RunTranslation } from '@/i18n/use-run-translation'
import { groupQueries } from './group-data'
import { useTranslation } from '@/i18n/use-translation'
import { Link, useParams, useSearchParams } from 'react-router'
import { AuthorBadge } from '@/components/author-badge'
import { CoverImage } from '@/components/cover-image'
import { FavoriteButton } from '@/components/favorite-button'
import { PageHeader } from '@/components/page-header'
import { useApiClient } from '@/lib/api-client-context'
import { useMarkSeen } from '@/lib/seen'
import { currentVersion } from '@/lib/group'
import { buttonClass } from '@/components/ui/button'
import { AuthorLink } from './author-link'
import { GroupFacts } from './group-facts'
import { groupQueryState } from './group-query-state'
import { OwnVersionActions } from './own-version-actions'
import { ReadmeSection } from './readme-section'
import { runSectionId } from './run/run-id'
import RunSection from './run/run-section'
import { useNearView } from './run/use-near-view'
import { CompareVersionsLink } from './version-compare-links'
import { VersionList } from './version-list'

export function ImageDetailPage() {
  const { t } = useTranslation()
  const client = useApiClient()
  const { groupId = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const queries = groupQueries(client, groupId)
  const query = useQuery(queries.group)
  // Whether the group is the caller's own decides the "publish a new version" action.
  const own = useQuery(queries.own)
  // Prices and stock are asked for, and drawn, when the end of the page comes near the screen
  // (or its link is followed): the cover and the listing paint first, a visit that never gets
  // there asks nothing, and drawn at the end they move nothing already shown (ADR 0027).
  const { ref: runRef, near: runNear, show: showRun } = useNearView<HTMLDivElement>()

  const text = { loading: t('detail.loading'), errorTitle: t('detail.errorTitle') }
  const state = groupQueryState(query, groupId, text, t)
  const group = query.data
  // Opening it is looking at it: a starred group's "new version" mark clears.
  useMarkSeen(client.accountId, group)
  if (state || !group) return state

  const versions = [...group.versions].sort((a, b) => b.pubTime - a.pubTime)
  const wanted = params.get('version')
  const version =
    versions.find((v) => v.imageId === wanted || v.versionName === wanted) ?? currentVersion(group)
  const ownGroup = own.data?.groups.find((g) => g.groupId === group.groupId)

  return (
    <article className="flex flex-col gap-6">
      <Link to="/" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        ← {t('detail.back')}
      </Link>
      <div className="grid gap-6 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
          <CoverImage url={version?.coverUrl ?? ''} priority="high" />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <div className="flex items-start justify-between gap-3">
            <PageHeader title={group.name} />
            <FavoriteButton group={group} />
          </div>
          {version && (
            <p className="-mt-4 flex flex-wrap items-center gap-2 text-slate-700 dark:text-slate-300">
              <span className="sr-only">{t('detail.by')}</span>
              <AuthorLink author={version.author} />
              <AuthorBadge kind={version.authorKind} />
            </p>
          )}
          {(version?.description || group.description) && (
            <p className="max-w-prose text-slate-700 dark:text-slate-300">
              {version?.description || group.description}
            </p>
          )}
          <CompareVersionsLink group={group} />
          {version && (
            <a
              href={`#${runSectionId}`}
              onClick={showRun}
              className={`self-start ${buttonClass('link')}`}
            >
              {t('detail.runLink')}
            </a>
          )}
          {ownGroup && <OwnVersionActions group={ownGroup} imageId={version?.imageId ?? ''} />}
        </div>
      </div>
      {version && <GroupFacts group={group} version={version} />}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        {version && (
          <VersionList
            groupId={group.groupId}
            versions={versions}
            selectedId={version.imageId}
            onSelect={(imageId) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current)
                  next.set('version', imageId)
                  return next
                },
                { replace: true, preventScrollReset: true },
              )
            }
          />
        )}
        <div className="flex min-w-0 flex-col gap-4">
          {version?.versionDesc && (
            <section aria-labelledby="notes-title">
              <h2 id="notes-title" className="font-semibold">
                {t('detail.versionNotes')}
              </h2>
              <p className="mt-1 whitespace-pre-line text-slate-700 dark:text-slate-300">
                {version.versionDesc}
              </p>
            </section>
          )}
          <ReadmeSection readme={version?.readme ?? ''} />
        </div>
      </div>
      <div id={runSectionId} ref={runRef} className="scroll-mt-4">
        {version && runNear && (
          <RunTranslation>
            <RunSection group={group} version={version} />
          </RunTranslation>
        )}
      </div>
    </article>
  )
}
