import { useEffect } from 'react'
import { useQuery } from '@tanstack/react-query'
import { groupQueries } from './group-data'
import { groupQueryState } from './group-query-state'
import { useTranslation } from '@/i18n/use-translation'
import { Link, useNavigate, useParams } from 'react-router'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { PageHeader } from '@/components/page-header'
import { useApiClient } from '@/lib/api-client-context'
import { CompareView } from './version-compare-view'
import { comparePath, defaultPair, newestFirst, parseRange } from './version-compare-url'

const link = 'text-sm text-indigo-700 hover:underline dark:text-indigo-300'

function BackToGroup({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  return (
    <Link to={`/images/${encodeURIComponent(group.groupId)}`} className={link}>
      <span aria-hidden="true">← </span>
      {t('compare.back', { name: group.name })}
    </Link>
  )
}

/** /images/:groupId/compare/:from...:to — what changed between two versions of a group. */
export function VersionComparePage() {
  const { t } = useTranslation()
  const client = useApiClient()
  const { groupId = '', range } = useParams()
  const query = useQuery(groupQueries(client, groupId).group)
  const navigate = useNavigate()
  // A bare /compare names the pair it shows, so that a copied address keeps showing it. (An
  // effect rather than <Navigate>, which would add its code to the first visit's bundle.)
  const pair = range === undefined && query.data ? defaultPair(query.data) : undefined
  const target =
    pair && query.data
      ? comparePath(query.data.groupId, ...pair, newestFirst(query.data.versions))
      : undefined
  useEffect(() => {
    if (target) void navigate(target, { replace: true })
  }, [navigate, target])

  if (target) return <p role="status">{t('compare.loading')}</p>
  const text = { loading: t('compare.loading'), errorTitle: t('compare.errorTitle') }
  const state = groupQueryState(query, groupId, text, t)
  const group = query.data
  if (state || !group) return state

  const versions = newestFirst(group.versions)
  const title = t('compare.title', { name: group.name })
  if (range === undefined) {
    return (
      <article className="flex flex-col gap-4">
        <BackToGroup group={group} />
        <PageHeader title={title}>
          <p>{t('compare.oneVersion')}</p>
        </PageHeader>
      </article>
    )
  }

  const parsed = parseRange(range, versions)
  if (!parsed.found) {
    const names = parsed.unknown.map((name) => t('compare.quoted', { name }))
    return (
      <section className="flex flex-col gap-4">
        <PageHeader title={t('compare.notFoundTitle')}>
          <p>
            {t('compare.notFoundBody', {
              name: group.name,
              versions: names.join(t('compare.listSeparator')),
            })}
          </p>
        </PageHeader>
        <BackToGroup group={group} />
      </section>
    )
  }

  return (
    <article className="flex min-w-0 flex-col gap-4">
      <BackToGroup group={group} />
      <PageHeader title={title} />
      <CompareView group={group} versions={versions} from={parsed.from} to={parsed.to} />
    </article>
  )
}
