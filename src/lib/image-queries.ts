import { keepPreviousData, mutationOptions, queryOptions } from '@tanstack/react-query'
import type { CommunityImagesRequest } from '@/api/actions/community-images'
import {
  describeCommunityImages,
  groupIn,
  groupRequest,
} from '@/api/actions/describe-community-images'
import { describeCustomImages } from '@/api/actions/describe-custom-images'
import { describeImageTags } from '@/api/actions/describe-image-tags'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { createImageFavorite, deleteImageFavorite } from '@/api/actions/favorites'
import { publishCompShareImage, type PublishRequest } from '@/api/actions/publish-comp-share-image'
import { updateCompShareImage, type UpdateRequest } from '@/api/actions/update-comp-share-image'
import type { ApiClient } from '@/api/client'

// Keys and fetchers together, one factory per kind of data. Keys never hold credentials: the
// cache is cleared as a whole when the mode or account changes.

export const imageQueries = {
  all: ['community-images'] as const,
  list: (client: ApiClient, request: CommunityImagesRequest) =>
    queryOptions({
      queryKey: [...imageQueries.all, 'list', request] as const,
      queryFn: ({ signal }) => describeCommunityImages(client, request, { signal }),
      placeholderData: keepPreviousData,
    }),
  group: (client: ApiClient, groupId: string) =>
    queryOptions({
      queryKey: [...imageQueries.all, 'group', groupId] as const,
      queryFn: ({ signal }) =>
        describeCommunityImages(client, groupRequest(groupId), { signal }).then(groupIn),
    }),
  tags: (client: ApiClient) =>
    queryOptions({
      queryKey: ['image-tags'] as const,
      queryFn: ({ signal }) => describeImageTags(client, { signal }),
      staleTime: 10 * 60_000,
    }),
}

export const myQueries = {
  all: ['my'] as const,
  customImages: (client: ApiClient) =>
    queryOptions({
      queryKey: [...myQueries.all, 'custom-images'] as const,
      queryFn: ({ signal }) => describeCustomImages(client, { limit: 100 }, { signal }),
    }),
  groups: (client: ApiClient, request: CommunityImagesRequest = {}) =>
    queryOptions({
      queryKey: [...myQueries.all, 'groups', request] as const,
      queryFn: ({ signal }) => describeSelfCommunityImages(client, request, { signal }),
    }),
}

export const imageMutations = {
  /** Never retried: a publish that may have arrived must not be sent twice behind the user. */
  publish: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['publish'] as const,
      // `once`: a browser's automatic re-send is answered from the first (ADR 0019).
      mutationFn: (request: PublishRequest) =>
        publishCompShareImage(client, request, { once: true }),
      retry: false,
    }),
  /** An edit or a hide/show of a published version: sent once per click, never retried. */
  update: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['update-image'] as const,
      mutationFn: (request: UpdateRequest) => updateCompShareImage(client, request, { once: true }),
      retry: false,
    }),
  favorite: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['favorite'] as const,
      mutationFn: ({ groupId, favorite }: { groupId: string; favorite: boolean }) =>
        favorite ? createImageFavorite(client, groupId) : deleteImageFavorite(client, groupId),
    }),
}
