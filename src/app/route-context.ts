import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '@/api/client'
import { createConnectionClient, type ConnectionStore } from '@/lib/connection'
import type { RouteData } from '@/lib/route-data'

/**
 * What the routes' loaders start the pages' data with: the query cache and the connection the
 * providers give the pages, so the loaders ask exactly as the pages would (`client` only where
 * a test brings its own).
 */
export function appRouteData(
  queryClient: QueryClient,
  connection: ConnectionStore,
  client?: ApiClient,
): RouteData {
  return {
    queryClient,
    connection: connection.getSnapshot,
    client: () => client ?? createConnectionClient(connection.getSnapshot()),
  }
}
