import { defaultSearch, limits, type BrowseSearch } from './browse-search'

// How the list page's address is written and changed; read in ./browse-search.ts.

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function serializeSearch(search: BrowseSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set('q', search.q)
  if (search.author) params.set('author', search.author)
  for (const tag of search.tags) params.append('tag', tag)
  if (search.free) params.set('free', '1')
  if (search.official) params.set('official', '1')
  if (search.autostart) params.set('autostart', '1')
  if (search.sort !== defaultSearch.sort) params.set('sort', search.sort)
  if (search.order !== defaultSearch.order) params.set('order', search.order)
  if (search.page !== 1) params.set('page', String(search.page))
  if (search.size !== defaultSearch.size) params.set('size', String(search.size))
  return params
}

/** A change to anything but the page itself starts again from page 1. */
export function updateSearch(search: BrowseSearch, change: Partial<BrowseSearch>): BrowseSearch {
  const next = { ...search, ...change }
  return 'page' in change ? next : { ...next, page: 1 }
}

/** The view with `tag` added to its tags (when there is room), from page 1. */
export function withTag(search: BrowseSearch, tag: string): BrowseSearch {
  const tags = search.tags.includes(tag) ? search.tags : [...search.tags, tag]
  return updateSearch(search, { tags: tags.slice(0, limits.tags) })
}

/** How many filters narrow the results (what the empty state asks to relax). */
export function activeFilters(search: BrowseSearch): (keyof BrowseSearch)[] {
  const keys: (keyof BrowseSearch)[] = ['q', 'author', 'tags', 'free', 'official', 'autostart']
  return keys.filter((key) => {
    const value = search[key]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
}
