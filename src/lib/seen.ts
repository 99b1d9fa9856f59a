import { useEffect } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { deviceStore } from './device-store'
import { seenKey } from './storage-keys'

// "New since your last look": per account on this device, when each starred group's newest
// version was last seen (its PubTime, the service's seconds), and since when the account has
// been looking at all. A starred group whose newest version is later is marked until opened.

export interface Seen {
  /** When this device first kept track (seconds); 0 until then. Versions before it are old. */
  since: number
  /** Group id → the PubTime of its newest version when last opened or starred. */
  groups: Record<string, number>
}

/** A bound on one account's record: the oldest entries go first. */
const maxGroups = 500
const nothing: Seen = { since: 0, groups: {} }

function known(value: unknown): Seen {
  const record = typeof value === 'object' && value !== null ? (value as Partial<Seen>) : {}
  const since = typeof record.since === 'number' && record.since > 0 ? record.since : 0
  const entries = Object.entries(typeof record.groups === 'object' ? (record.groups ?? {}) : {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .slice(-maxGroups)
  return { since, groups: Object.fromEntries(entries) }
}

const store = deviceStore(known, nothing, (seen) => seen.since === 0)

/** The PubTime of the group's newest version. */
export const newestPubTime = (group: CommunityImageGroup) =>
  Math.max(0, ...group.versions.map((version) => version.pubTime))

/** Whether `group` is starred and has a version newer than the account's last look at it. */
export function isNewSinceSeen(seen: Seen, group: CommunityImageGroup): boolean {
  if (!group.isFavorite || seen.since === 0) return false
  return newestPubTime(group) > (seen.groups[group.groupId] ?? seen.since)
}

/** Records that the account has now seen the group as it is. */
export function markSeen(accountId: string, group: CommunityImageGroup): void {
  const seen = store.read(seenKey(accountId))
  const newest = newestPubTime(group)
  if (seen.since !== 0 && seen.groups[group.groupId] === newest) return
  // Last in, last to go when the record is full.
  const groups = { ...seen.groups }
  delete groups[group.groupId]
  groups[group.groupId] = newest
  store.write(seenKey(accountId), { since: seen.since || Math.floor(Date.now() / 1000), groups })
}

/** The account's record, started (from now) the first time it is read on this device. */
export function useSeen(accountId: string): Seen {
  const seen = store.use(seenKey(accountId))
  useEffect(() => {
    // Every card's mark asks in the same commit: only the first of them starts the record.
    if (seen.since === 0 && store.read(seenKey(accountId)).since === 0) {
      store.write(seenKey(accountId), { since: Math.floor(Date.now() / 1000), groups: {} })
    }
  }, [seen.since, accountId])
  return seen
}

/** Marks the group seen while its page is open (and again when it gains a version). */
export function useMarkSeen(accountId: string, group: CommunityImageGroup | null | undefined) {
  // Asked again on every new answer; a look that changes nothing writes nothing.
  useEffect(() => {
    if (group) markSeen(accountId, group)
  }, [accountId, group])
}
