import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { LinkButton } from '@/components/ui/link-button'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { comparePath, defaultPair, previousVersion } from './version-compare-url'

// The group page's ways into a comparison; the comparison page itself is a lazy chunk.

/** "Compare versions": the current version against the one before it; none for one version. */
export function CompareVersionsLink({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  const pair = defaultPair(group)
  if (!pair) return null
  return (
    <LinkButton
      variant="secondary"
      size="sm"
      className="self-start font-medium"
      to={comparePath(group.groupId, ...pair, group.versions)}
    >
      {t('compare.link')}
    </LinkButton>
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
