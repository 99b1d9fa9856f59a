import type { ApiClient } from '@/api/client'
import { imageQueries } from '@/lib/image-queries'
import { startQueries } from '@/lib/route-data'
import { parseSearch, toRequest, type BrowseSearch } from './browse-search'

/** What the marketplace page asks for: the page of results in the address, and the tags. */
export function browseQueries(client: ApiClient, search: BrowseSearch) {
  return { list: imageQueries.list(client, toRequest(search)), tags: imageQueries.tags(client) }
}

export const loader = startQueries(({ client, url }) =>
  Object.values(browseQueries(client, parseSearch(url.searchParams))),
)
