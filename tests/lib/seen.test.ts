import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { isNewSinceSeen, markSeen } from '@/lib/seen'
import { seenKey } from '@/lib/storage-keys'

const group = (pubTimes: number[], isFavorite = true) =>
  ({
    groupId: 'g1',
    isFavorite,
    versions: pubTimes.map((pubTime) => ({ pubTime })),
  }) as unknown as CommunityImageGroup

const read = () => JSON.parse(localStorage.getItem(seenKey('acc')) ?? 'null') as unknown

afterEach(() => vi.useRealTimers())

describe('new since the last look', () => {
  it('marks nothing before the device keeps track, then only what came after', () => {
    expect(isNewSinceSeen({ since: 0, groups: {} }, group([2_000]))).toBe(false)
    const seen = { since: 1_000, groups: {} }
    expect(isNewSinceSeen(seen, group([900]))).toBe(false)
    expect(isNewSinceSeen(seen, group([900, 1_500]))).toBe(true)
    // Only starred images are followed.
    expect(isNewSinceSeen(seen, group([1_500], false))).toBe(false)
  })

  it('clears once the group is looked at, and comes back with the next version', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    markSeen('acc', group([900, 1_500]))
    const seen = read() as { since: number; groups: Record<string, number> }
    expect(seen).toEqual({ since: 1_000, groups: { g1: 1_500 } })
    expect(isNewSinceSeen(seen, group([900, 1_500]))).toBe(false)
    expect(isNewSinceSeen(seen, group([900, 1_500, 1_600]))).toBe(true)
  })

  it('keeps its record bounded, dropping the longest unseen first', () => {
    for (let i = 0; i < 505; i++) markSeen('acc', { ...group([i + 1]), groupId: `g${i}` })
    const { groups } = read() as { groups: Record<string, number> }
    expect(Object.keys(groups)).toHaveLength(500)
    expect(groups.g0).toBeUndefined()
    expect(groups.g504).toBe(505)
  })
})
