import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { currentVersion } from '@/lib/group'

// A comparison's address, GitHub style: /images/:groupId/compare/v1.0...v1.2 (ADR 0020).
// Small on purpose: the group page imports it for its links, without the diff library.

export const rangeSeparator = '...'

/** A group's versions, newest first, as the group page lists them. */
export function newestFirst(versions: readonly CommunityImageVersion[]): CommunityImageVersion[] {
  return [...versions].sort((a, b) => b.pubTime - a.pubTime)
}

/** What names `version` in an address: its version name, or its image id if the name repeats. */
export function versionKey(
  version: CommunityImageVersion,
  versions: readonly CommunityImageVersion[],
): string {
  const repeated = versions.some(
    (other) => other !== version && other.versionName === version.versionName,
  )
  return repeated || !version.versionName ? version.imageId : version.versionName
}

export function comparePath(
  groupId: string,
  from: CommunityImageVersion,
  to: CommunityImageVersion,
  versions: readonly CommunityImageVersion[],
): string {
  const side = (version: CommunityImageVersion) => encodeURIComponent(versionKey(version, versions))
  return `/images/${encodeURIComponent(groupId)}/compare/${side(from)}${rangeSeparator}${side(to)}`
}

/** The version just older than `version` in the group, if any. */
export function previousVersion(
  version: CommunityImageVersion,
  versions: readonly CommunityImageVersion[],
): CommunityImageVersion | undefined {
  const ordered = newestFirst(versions)
  return ordered[ordered.indexOf(version) + 1]
}

/** The comparison a bare /compare opens: the current version against the one before it. */
export function defaultPair(
  group: CommunityImageGroup,
): [CommunityImageVersion, CommunityImageVersion] | undefined {
  const current = currentVersion(group)
  if (!current || group.versions.length < 2) return undefined
  const before = previousVersion(current, group.versions)
  if (before) return [before, current]
  // The current version is the oldest (every newer one is in review or offline).
  const ordered = newestFirst(group.versions)
  const after = ordered[ordered.indexOf(current) - 1]
  return after ? [current, after] : undefined
}

export type ParsedRange =
  | { found: true; from: CommunityImageVersion; to: CommunityImageVersion }
  | { found: false; unknown: string[] }

function findVersion(versions: readonly CommunityImageVersion[], key: string) {
  return newestFirst(versions).find((v) => v.versionName === key || v.imageId === key)
}

/** `from...to` from an address; a name with "..." in it still resolves if both sides exist. */
export function parseRange(range: string, versions: readonly CommunityImageVersion[]): ParsedRange {
  const splits: [string, string][] = []
  for (let i = range.indexOf(rangeSeparator); i >= 0; i = range.indexOf(rangeSeparator, i + 1)) {
    splits.push([range.slice(0, i), range.slice(i + rangeSeparator.length)])
  }
  for (const [left, right] of splits) {
    const from = findVersion(versions, left)
    const to = findVersion(versions, right)
    if (from && to) return { found: true, from, to }
  }
  const [left, right] = splits[0] ?? [range, undefined]
  const sides = right === undefined ? [left] : [left, right]
  return { found: false, unknown: sides.filter((side) => !findVersion(versions, side)) }
}
