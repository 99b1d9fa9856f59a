import type { CommunityImageGroup } from '@/api/actions/community-images'
import type { PublishRequest } from '@/api/actions/publish-comp-share-image'

/** A publish whose answer was lost: what was sent, when, and what the account had before. */
export interface SentPublish {
  request: PublishRequest
  /** Unix seconds on this device when it was sent: tells one attempt's check from another's. */
  sentAt: number
  /** Every version id the account's groups held before it was sent. */
  known: ReadonlySet<string>
}

/** One listing the lost publish made: a shown version of that name in a matching group. */
export interface Copy {
  groupId: string
  imageId: string
  pubTime: number
}

/** Every version ids of the groups, for `SentPublish.known`. */
export const versionIds = (groups: readonly CommunityImageGroup[]) =>
  new Set(groups.flatMap((group) => group.versions.map((version) => version.imageId)))

/**
 * The copies that arrived, oldest first: versions the account did not have when the publish was
 * sent, with its version name, in its group (or, for a new group, in groups of its name), and not
 * withdrawn already. Publish times are not compared with this device's clock, which may be off
 * by hours; `known` is what tells old from new.
 */
export function findCopies(groups: readonly CommunityImageGroup[], sent: SentPublish): Copy[] {
  const { request } = sent
  const name = request.communityImageName?.trim()
  const copies: Copy[] = []
  for (const group of groups) {
    const sameGroup = request.groupId ? group.groupId === request.groupId : group.name === name
    if (!sameGroup) continue
    for (const version of group.versions) {
      if (sent.known.has(version.imageId) || version.visibility === 0) continue
      if (version.versionName !== request.versionName) continue
      copies.push({ groupId: group.groupId, imageId: version.imageId, pubTime: version.pubTime })
    }
  }
  return copies.sort((a, b) => a.pubTime - b.pubTime || a.imageId.localeCompare(b.imageId))
}
