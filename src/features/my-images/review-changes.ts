import type { CommunityImageGroup } from '@/api/actions/community-images'

export interface VersionState {
  groupName: string
  versionName: string
  status: string
}

/** Every version of the account's groups by image id, as one fetch saw them. */
export function versionStates(
  groups: readonly CommunityImageGroup[],
): ReadonlyMap<string, VersionState> {
  const states = new Map<string, VersionState>()
  for (const group of groups) {
    for (const version of group.versions) {
      states.set(version.imageId, {
        groupName: group.name,
        versionName: version.versionName,
        status: version.status,
      })
    }
  }
  return states
}

export interface ReviewChange extends VersionState {
  imageId: string
  previousStatus: string
}

/**
 * Versions that were in review before and have another status now: what the user waits for.
 * A version seen for the first time is not a change (nothing was announced about it before),
 * and a version that disappeared says nothing about a result either.
 */
export function reviewChanges(
  before: ReadonlyMap<string, VersionState>,
  after: ReadonlyMap<string, VersionState>,
): ReviewChange[] {
  const changes: ReviewChange[] = []
  for (const [imageId, now] of after) {
    const then = before.get(imageId)
    if (then?.status === 'Reviewing' && now.status !== 'Reviewing') {
      changes.push({ imageId, previousStatus: then.status, ...now })
    }
  }
  return changes
}
