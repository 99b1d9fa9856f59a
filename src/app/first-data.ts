import type { QueryClient } from '@tanstack/react-query'
import { groupIn } from '@/api/actions/describe-community-images'
import { firstRequest } from './first-request'

/**
 * Puts the answer to the first page's request (src/app/first-request.ts, usually already on its
 * way) into the query cache under the page's own key, so the page finds it there instead of
 * asking again.
 */
export function prefetchFirstPage(queryClient: QueryClient): void {
  const first = firstRequest()
  if (!first) return
  const { groupId, request, client, answer } = first
  void import('@/lib/image-queries')
    .then(({ imageQueries }) =>
      groupId
        ? queryClient.prefetchQuery({
            ...imageQueries.detail(client, groupId),
            queryFn: () => answer.then(groupIn),
          })
        : queryClient.prefetchQuery({
            ...imageQueries.list(client, request),
            queryFn: () => answer,
          }),
    )
    // The page asks again and shows whatever went wrong; a head start has nothing to report.
    .catch(() => undefined)
}
