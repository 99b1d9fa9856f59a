import { keepPreviousData, mutationOptions, queryOptions } from '@tanstack/react-query'
import type { CommunityImagesRequest } from '@/api/actions/community-images'
import {
  describeCommunityImages,
  groupIn,
  groupRequest,
} from '@/api/actions/describe-community-images'
import { describeImageTags } from '@/api/actions/describe-image-tags'
import { createImageFavorite, deleteImageFavorite } from '@/api/actions/favorites'
import type { ApiClient } from '@/api/client'
import { fetchAllGroups } from './all-groups'

// The marketplace's data (the account's own is src/lib/my-queries.ts): keys and fetchers together, keys in levels (all → lists → list,
// all → details → detail), so a change can reach exactly the entries it touches. Keys never
// hold credentials: the cache is cleared as a whole when the mode or account changes.

const all = ['community-images'] as const

export const imageQueries = {
  all,
  /** Every cached page of groups: the marketplace's pages and the favourites. */
  lists: () => [...all, 'list'] as const,
  list: (client: ApiClient, request: CommunityImagesRequest) =>
    queryOptions({
      queryKey: [...imageQueries.lists(), request] as const,
      queryFn: ({ signal }) => describeCommunityImages(client, request, { signal }),
      placeholderData: keepPreviousData,
    }),
  /** Every cached group, one entry per group page. */
  details: () => [...all, 'detail'] as const,
  detailKey: (groupId: string) => [...imageQueries.details(), groupId] as const,
  detail: (client: ApiClient, groupId: string) =>
    queryOptions({
      queryKey: imageQueries.detailKey(groupId),
      queryFn: ({ signal }) =>
        describeCommunityImages(client, groupRequest(groupId), { signal }).then(groupIn),
    }),
  /** Every group of one author (the exact Author filter), for its totals of stars and uses. */
  author: (client: ApiClient, author: string) =>
    queryOptions({
      // Not under lists(): its entry is totals, not a page of groups a star could update.
      queryKey: [...all, 'author', author] as const,
      queryFn: async ({ signal }) => {
        const { groups, complete } = await fetchAllGroups(
          (request, options) => describeCommunityImages(client, request, options),
          { author },
          signal,
        )
        const sum = (count: (group: (typeof groups)[number]) => number) =>
          groups.reduce((total, group) => total + count(group), 0)
        return {
          images: groups.length,
          favorites: sum((group) => group.favoritesCount),
          usage: sum((group) => group.usage),
          complete,
        }
      },
      staleTime: 60_000,
    }),
  tags: (client: ApiClient) =>
    queryOptions({
      queryKey: ['image-tags'] as const,
      queryFn: ({ signal }) => describeImageTags(client, { signal }),
      staleTime: 10 * 60_000,
    }),
}

export const imageMutations = {
  favorite: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['favorite'] as const,
      mutationFn: ({ groupId, favorite }: { groupId: string; favorite: boolean }) =>
        favorite ? createImageFavorite(client, groupId) : deleteImageFavorite(client, groupId),
    }),
}
