import type {
  CommunityImageGroup,
  CommunityImagesPage,
  CommunityImagesRequest,
} from '@/api/actions/community-images'
import type { CallOptions } from '@/api/client'

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
