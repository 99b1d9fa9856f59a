import type { QueryClient } from '@tanstack/react-query'
import type { CommunityImagesPage } from '@/api/actions/community-images'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import type { ConnectionStore } from '@/lib/connection'
import { createConnectionClient } from '@/lib/connection'
import { currentVersion } from '@/lib/group'
import { safeImageUrl } from '@/lib/safe-url'

/**
 * Sends the request for the page being opened as soon as the entry runs, beside the page's
 * chunk instead of after it; on a phone the covers (the largest paint) wait for it. The answer
 * goes into the query cache under the page's own key, so the page finds it there (ADR 0016).
 */
export function prefetchFirstPage(queryClient: QueryClient, connection: ConnectionStore): void {
  const client = createConnectionClient(connection.getSnapshot())
  const { pathname, search } = window.location
  const groupId = readGroupId(pathname)
  if (pathname !== '/' && !groupId) return
  const params = new URLSearchParams(search)
  const request = groupId ? { groupId, limit: 1 } : toRequest(parseSearch(params))
  const answer = describeCommunityImages(client, request)
  // A group page opened on a chosen version shows that version's cover, not the current one.
  if (!groupId || !params.has('version')) void answer.then(preloadLeadCover, () => undefined)
  void import('@/lib/image-queries')
    .then(({ imageQueries }) =>
      groupId
        ? queryClient.prefetchQuery({
            ...imageQueries.group(client, groupId),
            queryFn: () => answer.then((page) => page.groups[0] ?? null),
          })
        : queryClient.prefetchQuery({
            ...imageQueries.list(client, request),
            queryFn: () => answer,
          }),
    )
    // The page asks again and shows whatever went wrong; a head start has nothing to report.
    .catch(() => undefined)
}

/** The group of a group page's path; undefined elsewhere, or when the path is not valid. */
function readGroupId(pathname: string): string | undefined {
  const raw = /^\/images\/([^/]+)$/.exec(pathname)?.[1]
  try {
    return raw && decodeURIComponent(raw)
  } catch {
    return undefined // malformed escapes: the page itself says the group was not found
  }
}

/**
 * Starts the first cover, the one the page shows largest, as soon as its address is known,
 * rather than once React has rendered the page around it.
 */
function preloadLeadCover(page: CommunityImagesPage): void {
  const lead = page.groups[0]
  const url = lead && safeImageUrl(currentVersion(lead)?.coverUrl ?? '')
  if (!url || url.startsWith('data:')) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.setAttribute('as', 'image')
  link.setAttribute('fetchpriority', 'high')
  link.href = url
  document.head.append(link)
}
