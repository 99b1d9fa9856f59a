import type { QueryClient } from '@tanstack/react-query'
import { createConnectionClient, type ConnectionStore } from '@/lib/connection'

/**
 * Starts the data of the page being opened alongside its chunk, instead of after React's first
 * render: on a phone the list's covers (the largest paint) wait for it. The pages' own queries
 * then find it in the cache under the same keys.
 */
export function prefetchFirstPage(queryClient: QueryClient, connection: ConnectionStore): void {
  const client = createConnectionClient(connection.getSnapshot())
  const { pathname, search } = window.location
  const group = /^\/images\/([^/]+)$/.exec(pathname)?.[1]
  if (pathname !== '/' && !group) return
  void Promise.all([import('@/lib/image-queries'), import('@/features/browse/browse-search')])
    .then(([{ imageQueries }, { parseSearch, toRequest }]) => {
      if (group)
        return queryClient.prefetchQuery(imageQueries.group(client, decodeURIComponent(group)))
      const request = toRequest(parseSearch(new URLSearchParams(search)))
      return queryClient.prefetchQuery(imageQueries.list(client, request))
    })
    // The page asks again and shows whatever went wrong; a head start has nothing to report.
    .catch(() => undefined)
}
