import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { comparePath, defaultPair, previousVersion } from './version-compare-url'

// The group page's ways into a comparison; the comparison page itself is a lazy chunk.

/** "Compare versions": the current version against the one before it; none for one version. */
export function CompareVersionsLink({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  const pair = defaultPair(group)
  if (!pair) return null
  return (
    <Link
      to={comparePath(group.groupId, ...pair, group.versions)}
      className="self-start rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {t('compare.link')}
    </Link>
  )
}

/** "Compare with previous" for one version of the list; none for the oldest. */
export function CompareWithPreviousLink({
  groupId,
  version,
  versions,
  className,
}: {
  groupId: string
  version: CommunityImageVersion
  versions: readonly CommunityImageVersion[]
  className: string
}) {
  const { t } = useTranslation()
  const previous = previousVersion(version, versions)
  if (!previous) return null
  return (
    <Link to={comparePath(groupId, previous, version, versions)} className={className}>
      {t('compare.withPrevious')}{' '}
      <span className="sr-only">
        {t('compare.withPreviousPair', { from: previous.versionName, to: version.versionName })}
      </span>
    </Link>
  )
}
