import type { GroupRecord, VersionRecord } from '../types.ts'

/** A group as one listing shows it: which versions, which is current, and filter keys. */
export interface GroupView {
  group: GroupRecord
  /** The versions this listing shows, newest first. */
  versions: VersionRecord[]
  /** The newest Available version, else the newest shown. */
  current: VersionRecord
  /** Group Status: at least one version online. */
  available: boolean
  /** Position in the listing it was built for: indexes the per-tag membership arrays. */
  index: number
  // Filter keys copied out of `current`, so a scan over thousands of views stays in cache.
  nameLower: string
  author: string
  authorLower: string
  free: boolean
  official: boolean
  autoStart: boolean
}

export type Scope = 'community' | 'self'

/** The marketplace shows versions online or offline, never one in review or withdrawn. */
export const listedInCommunity = (version: VersionRecord) =>
  version.status !== 'Reviewing' && !version.hidden

/** Online: Available and not withdrawn by its author (a hidden version answers Offline). */
export const online = (version: VersionRecord) => version.status === 'Available' && !version.hidden

/** Builds a view of `group` for `scope`, or null when the scope shows none of its versions. */
export function viewOf(group: GroupRecord, scope: Scope, index: number): GroupView | null {
  const versions: VersionRecord[] = []
  for (let i = group.versions.length - 1; i >= 0; i--) {
    const version = group.versions[i] as VersionRecord
    if (scope === 'self' || listedInCommunity(version)) versions.push(version)
  }
  const newest = versions[0]
  if (!newest) return null
  const current = versions.find(online) ?? newest
  return {
    group,
    versions,
    current,
    available: group.versions.some(online),
    index,
    nameLower: current.name.toLowerCase(),
    author: current.author,
    authorLower: current.author.toLowerCase(),
    free: current.price === 0,
    official: current.authInfo === 1,
    autoStart: current.autoStart,
  }
}
