import { describe, expect, it, vi } from 'vitest'
import type {
  CommunityImageGroup,
  CommunityImagesPage,
  CommunityImagesRequest,
} from '@/api/actions/community-images'
import type { CallOptions } from '@/api/client'
import { fetchAllGroups } from '@/lib/all-groups'
import { reviewChanges, versionStates } from '@/features/my-images/review-changes'

function group(
  groupId: string,
  versions: [name: string, status: string][] = [],
): CommunityImageGroup {
  return {
    groupId,
    name: `Group ${groupId}`,
    description: '',
    createdCount: 0,
    favoritesCount: 0,
    recommendCount: 0,
    usage: 0,
    isFavorite: false,
    isAvailable: true,
    versions: versions.map(([versionName, status]) => ({
      imageId: `${groupId}-${versionName}`,
      name: `Group ${groupId}`,
      author: '',
      authorKind: 'creator',
      visibility: 1,
      status,
      price: 0,
      versionName,
      versionDesc: '',
      description: '',
      tags: [],
      supportedGpuTypes: [],
      coverUrl: '',
      isContainer: true,
      autoStart: false,
      createTime: 0,
      updateTime: 0,
      pubTime: 0,
      sizeMb: 0,
      readme: '',
      qrCodeUrl: '',
      softwarePorts: [],
      softwares: { applications: [], cudaVersion: '', framework: '', frameworkVersion: '' },
    })),
  }
}

/** A service holding `count` groups, answering pages of them; null total = "not said". */
function service(count: number, { total = true } = {}) {
  const all = Array.from({ length: count }, (_, i) => group(`g${i}`))
  const requests: CommunityImagesRequest[] = []
  const fetchPage = vi.fn<
    (request: CommunityImagesRequest, options: CallOptions) => Promise<CommunityImagesPage>
  >((request) => {
    requests.push(request)
    const offset = request.offset ?? 0
    const groups = all.slice(offset, offset + (request.limit ?? 20))
    return Promise.resolve({ totalCount: total ? count : null, availableTotalCount: null, groups })
  })
  return { all, requests, fetchPage }
}

const signal = new AbortController().signal

describe('fetchAllGroups', () => {
  it('reads every page of 100, oldest first so new groups do not shift unread pages', async () => {
    const { all, requests, fetchPage } = service(250)
    const result = await fetchAllGroups(fetchPage, { tags: ['LLM'] }, signal)
    expect(result).toEqual({ groups: all, complete: true })
    expect(requests.map((r) => r.offset)).toEqual([0, 100, 200])
    for (const request of requests) {
      expect(request).toMatchObject({
        tags: ['LLM'],
        limit: 100,
        sort: { field: 'PubTime', ascending: true },
      })
    }
  })

  it('stops after one request when everything fits, and for an empty list', async () => {
    const few = service(3)
    expect((await fetchAllGroups(few.fetchPage, {}, signal)).groups).toHaveLength(3)
    expect(few.requests).toHaveLength(1)
    const none = service(0)
    expect(await fetchAllGroups(none.fetchPage, {}, signal)).toEqual({ groups: [], complete: true })
  })

  it('goes on while pages come back full when the total is not said', async () => {
    const { all, requests, fetchPage } = service(200, { total: false })
    const result = await fetchAllGroups(fetchPage, {}, signal)
    expect(result).toEqual({ groups: all, complete: true })
    // 200 exactly: the third, empty page is how it learns there is no more.
    expect(requests.map((r) => r.offset)).toEqual([0, 100, 200])
  })

  it('keeps a group that moved between pages once', async () => {
    // Two pages by the total; "b" shows on both, as when a group is added while reading.
    const fetchPage = (request: CommunityImagesRequest) =>
      Promise.resolve({
        totalCount: 150,
        availableTotalCount: null,
        groups: request.offset === 0 ? [group('a'), group('b')] : [group('b'), group('c')],
      })
    const result = await fetchAllGroups(fetchPage, {}, signal)
    expect(result.groups.map((g) => g.groupId)).toEqual(['a', 'b', 'c'])
  })

  it('stops at 100 pages and says the list is incomplete', async () => {
    const { fetchPage } = service(10_050)
    const result = await fetchAllGroups(fetchPage, {}, signal)
    expect(fetchPage).toHaveBeenCalledTimes(100)
    expect(result.groups).toHaveLength(10_000)
    expect(result.complete).toBe(false)
  })

  it('passes the abort signal to every page', async () => {
    const { fetchPage } = service(150)
    await fetchAllGroups(fetchPage, {}, signal)
    for (const call of fetchPage.mock.calls) expect(call[1]).toEqual({ signal })
  })
})

describe('reviewChanges', () => {
  it('reports versions that left review, with their group and new status', () => {
    const before = versionStates([
      group('a', [
        ['v1.0', 'Available'],
        ['v1.1', 'Reviewing'],
      ]),
    ])
    const after = versionStates([
      group('a', [
        ['v1.0', 'Available'],
        ['v1.1', 'Available'],
      ]),
    ])
    expect(reviewChanges(before, after)).toEqual([
      {
        imageId: 'a-v1.1',
        groupName: 'Group a',
        versionName: 'v1.1',
        status: 'Available',
        previousStatus: 'Reviewing',
      },
    ])
  })

  it('reports a rejection as well as an approval', () => {
    const before = versionStates([group('a', [['v2.0', 'Reviewing']])])
    const after = versionStates([group('a', [['v2.0', 'Offline']])])
    expect(reviewChanges(before, after).map((c) => c.status)).toEqual(['Offline'])
  })

  it('says nothing of versions still in review, new ones, gone ones or other changes', () => {
    const before = versionStates([
      group('a', [['v1.0', 'Reviewing']]),
      group('b', [['v1.0', 'Reviewing']]),
      group('c', [['v1.0', 'Available']]),
    ])
    const after = versionStates([
      group('a', [['v1.0', 'Reviewing']]),
      group('c', [['v1.0', 'Offline']]),
      group('d', [['v1.0', 'Available']]),
    ])
    expect(reviewChanges(before, after)).toEqual([])
  })
})
