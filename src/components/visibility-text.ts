import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import type { TFunction } from '@/i18n/i18n'
import { currentVersion } from '@/lib/group'

const shown = (version: CommunityImageVersion) => version.visibility !== 0

/** What the marketplace will show once `version` is hidden (or shown again), in one sentence. */
export function visibilityOutcome(
  group: CommunityImageGroup,
  version: CommunityImageVersion,
  t: TFunction,
): string {
  const hiding = shown(version)
  const others = group.versions.filter((v) => v.imageId !== version.imageId && shown(v))
  // A hidden version answers Offline whatever its review: shown again, it is counted online.
  const after = hiding
    ? others
    : [...others, { ...version, visibility: 1 as const, status: 'Available' }]
  const online = after.filter((v) => v.status === 'Available')
  const current = online.length > 0 && currentVersion({ ...group, versions: online })
  const name = group.name
  if (hiding) {
    const first =
      version.status === 'Reviewing'
        ? t('edit.visibility.hideReviewing', { version: version.versionName })
        : t('edit.visibility.hideBody', { version: version.versionName })
    const rest = current
      ? t('edit.visibility.stillListed', { name, version: current.versionName })
      : t('edit.visibility.unlisted', { name })
    return `${first} ${rest}`
  }
  return current && current.imageId === version.imageId
    ? t('edit.visibility.showCurrent', { version: version.versionName, name })
    : t('edit.visibility.showBody', { version: version.versionName, name })
}
