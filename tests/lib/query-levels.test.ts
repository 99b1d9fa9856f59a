// @vitest-environment node
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { CommunityImageGroup, CommunityImagesPage } from '@/api/actions/community-images'
import { imageQueries } from '@/lib/image-queries'
import { myQueries, versionChanged } from '@/lib/my-queries'

const group = (groupId: string, imageId: string) =>
  ({ groupId, versions: [{ imageId }] }) as unknown as CommunityImageGroup
const page = (...groups: CommunityImageGroup[]): CommunityImagesPage => ({
  groups,
  totalCount: groups.length,
  availableTotalCount: null,
})

/** A cache as a visit leaves it: two lists, two group pages, own groups and custom images. */
function visitedCache() {
  const queryClient = new QueryClient()
  const keys = {
    list: [...imageQueries.lists(), { offset: 0 }],
    favorites: [...imageQueries.lists(), 'favorites'],
    a: imageQueries.detailKey('group-a'),
    b: imageQueries.detailKey('group-b'),
    own: [...myQueries.groupLists(), 'all'],
    custom: [...myQueries.all, 'custom-images'],
    tags: ['image-tags'],
  }
  queryClient.setQueryData(keys.list, page(group('group-a', 'img-a1'), group('group-b', 'img-b1')))
  queryClient.setQueryData(keys.favorites, page())
  queryClient.setQueryData(keys.a, group('group-a', 'img-a1'))
  queryClient.setQueryData(keys.b, group('group-b', 'img-b1'))
  queryClient.setQueryData(keys.own, { groups: [], complete: true })
  queryClient.setQueryData(keys.custom, [])
  queryClient.setQueryData(keys.tags, [])
  const stale = () =>
    Object.entries(keys)
      .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
  return { queryClient, stale }
}

describe('a change to a version refreshes exactly what may show it', () => {
  it('an edit: every list, the own groups, and only the group page holding that version', async () => {
    const { queryClient, stale } = visitedCache()
    await versionChanged(queryClient, { imageId: 'img-b1' })
    expect(stale()).toEqual(['list', 'favorites', 'b', 'own'])
  })

  it('a new version of a group: that group page, not the others', async () => {
    const { queryClient, stale } = visitedCache()
    await versionChanged(queryClient, { groupId: 'group-a' })
    expect(stale()).toEqual(['list', 'favorites', 'a', 'own'])
  })

  it('a new group: the lists only, since no page of it is cached', async () => {
    const { queryClient, stale } = visitedCache()
    await versionChanged(queryClient, null)
    expect(stale()).toEqual(['list', 'favorites', 'own'])
  })
})

describe('keys in levels', () => {
  it('every list and every group page sit under their level, and both under all', () => {
    const client = { accountId: 'x' } as never
    const list = imageQueries.list(client, { offset: 20 }).queryKey
    const detail = imageQueries.detail(client, 'g').queryKey
    expect(list.slice(0, 2)).toEqual(imageQueries.lists())
    expect(detail.slice(0, 2)).toEqual(imageQueries.details())
    expect(myQueries.favorites(client).queryKey.slice(0, 2)).toEqual(imageQueries.lists())
    expect(myQueries.allGroups(client).queryKey.slice(0, 2)).toEqual(myQueries.groupLists())
    expect(myQueries.groups(client, {}).queryKey.slice(0, 2)).toEqual(myQueries.groupLists())
    expect(myQueries.customImages(client).queryKey.slice(0, 2)).not.toEqual(myQueries.groupLists())
  })
})
