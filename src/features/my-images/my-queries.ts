import { queryOptions } from '@tanstack/react-query'
import type {
  CommunityImageGroup,
  CommunityImagesPage,
  CommunityImagesRequest,
} from '@/api/actions/community-images'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import type { ApiClient, CallOptions } from '@/api/client'
import { imageQueries, myQueries } from '@/lib/image-queries'
import { recoveryInterval } from '@/lib/query-recovery'

/** How often /my asks again while a version is in review: gentle on the service. */
export const reviewRefreshMs = 10_000

/** The service caps Limit at 100. */
const pageSize = 100
/** Past this many pages (10,000 groups) a list is shown as incomplete rather than fetched on. */
const maxPages = 100
/** Pages fetched at once once the total is known: quick, without a burst of a hundred posts. */
const parallelPages = 4

type PageFetcher = (
  request: CommunityImagesRequest,
  options: CallOptions,
) => Promise<CommunityImagesPage>

export interface AllGroups {
  groups: CommunityImageGroup[]
  /** False when the list was cut at `maxPages`. */
  complete: boolean
}

/**
 * Every group a list action returns, page by page. Pages are sorted oldest first, so a group
 * published while we read lands at the end instead of shifting the pages not yet read; any
 * group that still appears twice is kept once.
 */
export async function fetchAllGroups(
  fetchPage: PageFetcher,
  request: CommunityImagesRequest,
  signal: AbortSignal,
): Promise<AllGroups> {
  const ask = (page: number) =>
    fetchPage(
      {
        ...request,
        sort: { field: 'PubTime', ascending: true },
        offset: page * pageSize,
        limit: pageSize,
      },
      { signal },
    )
  const pages = [await ask(0)]
  const total = pages[0]?.totalCount ?? null
  if (total !== null) {
    const pageCount = Math.min(Math.ceil(total / pageSize), maxPages)
    for (let next = 1; next < pageCount; next += parallelPages) {
      const batch = []
      for (let page = next; page < Math.min(next + parallelPages, pageCount); page += 1) {
        batch.push(ask(page))
      }
      pages.push(...(await Promise.all(batch)))
    }
  } else {
    // No total: keep going while pages come back full.
    while (pages.length < maxPages && pages.at(-1)?.groups.length === pageSize) {
      pages.push(await ask(pages.length))
    }
  }
  const seen = new Set<string>()
  const groups = pages
    .flatMap((page) => page.groups)
    .filter((group) => !seen.has(group.groupId) && seen.add(group.groupId))
  const read = pages.reduce((sum, page) => sum + page.groups.length, 0)
  const complete = total !== null ? read >= total : pages.at(-1)?.groups.length !== pageSize
  return { groups, complete }
}

export function hasReviewing(groups: readonly CommunityImageGroup[]): boolean {
  return groups.some((group) => group.versions.some((version) => version.status === 'Reviewing'))
}

/** Favourites shaped as a page, so the star's optimistic update reaches them like any list. */
export type FavoritesPage = CommunityImagesPage & { complete: boolean }

export const myImagesQueries = {
  /** All of the account's own groups, every version with its review status. */
  ownGroups: (client: ApiClient) =>
    queryOptions({
      queryKey: [...myQueries.all, 'all-groups'] as const,
      queryFn: ({ signal }) =>
        fetchAllGroups(
          (request, options) => describeSelfCommunityImages(client, request, options),
          {},
          signal,
        ),
      // A review result is what people come to this page for: ask on every visit.
      staleTime: 0,
      refetchInterval: (query) => {
        const data = query.state.data
        // After a failed refresh the page offers a retry; polling on would toast every 10 s.
        if (!data || query.state.status === 'error') return recoveryInterval(query)
        return hasReviewing(data.groups) ? reviewRefreshMs : false
      },
    }),
  /**
   * The marketplace has no "favourites only" filter, so every page is read and the starred
   * groups kept (docs/decisions/0010). Kept under the marketplace's key, so starring anywhere
   * updates and refreshes it.
   */
  favorites: (client: ApiClient) =>
    queryOptions({
      queryKey: [...imageQueries.all, 'favorites'] as const,
      queryFn: async ({ signal }): Promise<FavoritesPage> => {
        const all = await fetchAllGroups(
          (request, options) => describeCommunityImages(client, request, options),
          {},
          signal,
        )
        const groups = all.groups.filter((group) => group.isFavorite)
        return {
          groups,
          totalCount: groups.length,
          availableTotalCount: null,
          complete: all.complete,
        }
      },
      staleTime: 5 * 60_000,
    }),
}
