import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs, Params, ShouldRevalidateFunction } from 'react-router'
import type { ApiClient } from '@/api/client'
import { canCallApi, type Connection } from './connection'

/** What a route's loader needs to start the page's data (src/app/routes.tsx hands it over). */
export interface RouteData {
  queryClient: QueryClient
  /** The connection in use, and its client: the ones the page itself will ask with. */
  connection: () => Connection
  client: () => ApiClient
}

// Any query a page asks for: the loader only needs its key and how to fetch it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = FetchQueryOptions<any, any, any, any, never>

export interface PageArgs {
  client: ApiClient
  connection: Connection
  params: Params
  url: URL
}

/**
 * A route's loader that starts the queries its page asks for (`pageQueries`, the same function
 * the page calls), then lets the route render at once: the page shows its own loading state,
 * and the data has been on its way since the navigation began, beside the page's chunk.
 */
export function startQueries(pageQueries: (args: PageArgs) => AnyQuery[]) {
  return (data: RouteData, { params, request }: LoaderFunctionArgs): null => {
    // Without keys the page shows "keys needed" and sends nothing; nor does its loader.
    if (!canCallApi(data.connection())) return null
    const args = {
      client: data.client(),
      connection: data.connection(),
      params,
      url: new URL(request.url),
    }
    for (const query of pageQueries(args)) void data.queryClient.prefetchQuery(query)
    return null
  }
}

export type PageLoader = ReturnType<typeof startQueries>

/**
 * Loaders start a page's data when the page is opened, not on every change of its address: a
 * filter, a page number, a chosen or compared version is asked for by the page itself, at once,
 * and a navigation that waited on a loader would let a second quick change overwrite the first.
 * Only another group is another page's worth of data (the only route parameter that says so).
 */
export const onlyForAnotherGroup: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.groupId !== nextParams.groupId
