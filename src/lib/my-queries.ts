import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import type {
  CommunityImageGroup,
  CommunityImagesPage,
  CommunityImagesRequest,
} from '@/api/actions/community-images'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { describeCustomImages } from '@/api/actions/describe-custom-images'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { publishCompShareImage, type PublishRequest } from '@/api/actions/publish-comp-share-image'
import { updateCompShareImage, type UpdateRequest } from '@/api/actions/update-comp-share-image'
import type { ApiClient } from '@/api/client'
import { fetchAllGroups } from './all-groups'
import { imageQueries } from './image-queries'
import { recoveryInterval } from './query-recovery'

// The account's own data: what it published, its custom images, its favourites, and the
// actions that change what it published. Keys in levels, as in src/lib/image-queries.ts.

/** How often /my asks again while a version is in review: gentle on the service. */
export const reviewRefreshMs = 10_000

export function hasReviewing(groups: readonly CommunityImageGroup[]): boolean {
  return groups.some((group) => group.versions.some((version) => version.status === 'Reviewing'))
}

/** Favourites shaped as a page, so the star's optimistic update reaches them like any list. */
export type FavoritesPage = CommunityImagesPage & { complete: boolean }

const all = ['my'] as const

export const myQueries = {
  all,
  /** Every cached list of the account's own groups. */
  groupLists: () => [...all, 'groups'] as const,
  groups: (client: ApiClient, request: CommunityImagesRequest = {}) =>
    queryOptions({
      queryKey: [...myQueries.groupLists(), request] as const,
      queryFn: ({ signal }) => describeSelfCommunityImages(client, request, { signal }),
    }),
  /** All of the account's own groups, every page, every version with its review status. */
  allGroups: (client: ApiClient) =>
    queryOptions({
      queryKey: [...myQueries.groupLists(), 'all'] as const,
      queryFn: ({ signal }) =>
        fetchAllGroups(
          (request, options) => describeSelfCommunityImages(client, request, options),
          {},
          signal,
        ),
      // A review result is what people come to this page for: asked on every visit, by the
      // route's loader as the page opens; fresh for a moment, so the page does not ask again
      // as it mounts a few milliseconds later.
      staleTime: 5_000,
      refetchInterval: (query) => {
        const data = query.state.data
        // After a failed refresh the page offers a retry; polling on would toast every 10 s.
        if (!data || query.state.status === 'error') return recoveryInterval(query)
        return hasReviewing(data.groups) ? reviewRefreshMs : false
      },
    }),
  customImages: (client: ApiClient) =>
    queryOptions({
      queryKey: [...all, 'custom-images'] as const,
      queryFn: ({ signal }) => describeCustomImages(client, { limit: 100 }, { signal }),
    }),
  /**
   * The marketplace has no "favourites only" filter, so every page is read and the starred
   * groups kept (docs/decisions/0010). One of the marketplace's lists, so a star anywhere
   * updates and refreshes it.
   */
  favorites: (client: ApiClient) =>
    queryOptions({
      queryKey: [...imageQueries.lists(), 'favorites'] as const,
      queryFn: async ({ signal }): Promise<FavoritesPage> => {
        const every = await fetchAllGroups(
          (request, options) => describeCommunityImages(client, request, options),
          {},
          signal,
        )
        const groups = every.groups.filter((group) => group.isFavorite)
        return {
          groups,
          totalCount: groups.length,
          availableTotalCount: null,
          complete: every.complete,
        }
      },
      staleTime: 5 * 60_000,
    }),
}

/** The group a change is about: by its id, or as the one holding a version. */
type VersionChange = { groupId: string } | { imageId: string } | null

function isAbout(group: CommunityImageGroup | null | undefined, change: VersionChange) {
  if (!group || !change) return false
  if ('groupId' in change) return group.groupId === change.groupId
  return group.versions.some((version) => version.imageId === change.imageId)
}

/**
 * A version was published, edited, hidden or shown: the account's own lists, the marketplace's
 * lists that may show it, and the one group page that holds it (null: a new group, not cached).
 */
export async function versionChanged(queryClient: QueryClient, change: VersionChange) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: myQueries.groupLists() }),
    queryClient.invalidateQueries({ queryKey: imageQueries.lists() }),
    queryClient.invalidateQueries({
      queryKey: imageQueries.details(),
      predicate: (query) => isAbout(query.state.data as CommunityImageGroup | null, change),
    }),
  ])
}

export const myMutations = {
  /** Never retried: a publish that may have arrived must not be sent twice behind the user. */
  publish: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['publish'] as const,
      // `once`: a browser's automatic re-send is answered from the first (ADR 0019).
      mutationFn: (request: PublishRequest) =>
        publishCompShareImage(client, request, { once: true }),
      retry: false,
      // Not awaited: the person sees the result while the lists refresh behind it.
      onSuccess: (_data, request, _result, { client: queryClient }) => {
        void versionChanged(queryClient, request.groupId ? { groupId: request.groupId } : null)
      },
    }),
  /** An edit or a hide/show of a published version: sent once per click, never retried. */
  update: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['update-image'] as const,
      mutationFn: (request: UpdateRequest) => updateCompShareImage(client, request, { once: true }),
      retry: false,
      onSuccess: (_data, request, _result, { client: queryClient }) => {
        void versionChanged(queryClient, { imageId: request.imageId })
      },
    }),
}
