import type { CommunityImagesRequest, SortField } from '@/api/actions/community-images'

/**
 * Everything the list page shows is decided by the URL, parsed and written only here, through
 * one whitelist: unknown keys and invalid values are dropped, never trusted, never a crash.
 */

export const sortKeys = ['pubtime', 'favorites', 'usage'] as const
export type SortKey = (typeof sortKeys)[number]
export const orders = ['desc', 'asc'] as const
export type Order = (typeof orders)[number]
export const pageSizes = [20, 40, 100] as const
export type PageSize = (typeof pageSizes)[number]

export interface BrowseSearch {
  q: string
  author: string
  tags: string[]
  free: boolean
  official: boolean
  autostart: boolean
  sort: SortKey
  order: Order
  page: number
  size: PageSize
}

export const defaultSearch: BrowseSearch = {
  q: '',
  author: '',
  tags: [],
  free: false,
  official: false,
  autostart: false,
  sort: 'pubtime',
  order: 'desc',
  page: 1,
  size: 20,
}

export const limits = { query: 100, author: 64, tag: 20, tags: 10, page: 100_000 } as const

const sortFields: Record<SortKey, SortField> = {
  pubtime: 'PubTime',
  favorites: 'FavoritesCount',
  usage: 'ImageUseTime',
}

function text(value: string | null, max: number): string {
  // Lone surrogates (from broken percent-encoding) become U+FFFD, so text is always well formed.
  const clean = (value ?? '').toWellFormed().trim()
  return clean.length <= max ? clean : ''
}

function oneOf<T extends string | number>(
  allowed: readonly T[],
  value: string | null,
  fallback: T,
): T {
  return allowed.find((item) => String(item) === value) ?? fallback
}

export function parseSearch(params: URLSearchParams): BrowseSearch {
  const tags: string[] = []
  for (const raw of params.getAll('tag')) {
    const tag = text(raw, limits.tag)
    if (tag && !tags.includes(tag) && tags.length < limits.tags) tags.push(tag)
  }
  const pageText = params.get('page') ?? ''
  const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 1
  return {
    q: text(params.get('q'), limits.query),
    author: text(params.get('author'), limits.author),
    tags,
    free: params.get('free') === '1',
    official: params.get('official') === '1',
    autostart: params.get('autostart') === '1',
    sort: oneOf(sortKeys, params.get('sort'), defaultSearch.sort),
    order: oneOf(orders, params.get('order'), defaultSearch.order),
    page: page >= 1 && page <= limits.page ? page : 1,
    size: oneOf(pageSizes, params.get('size'), defaultSearch.size),
  }
}

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

export function toRequest(search: BrowseSearch): CommunityImagesRequest {
  return {
    fuzzySearch: search.q || undefined,
    author: search.author || undefined,
    tags: search.tags,
    isFree: search.free,
    isOfficial: search.official,
    autoStart: search.autostart,
    sort: { field: sortFields[search.sort], ascending: search.order === 'asc' },
    offset: (search.page - 1) * search.size,
    limit: search.size,
  }
}

/** How many filters narrow the results (what the empty state asks to relax). */
export function activeFilters(search: BrowseSearch): (keyof BrowseSearch)[] {
  const keys: (keyof BrowseSearch)[] = ['q', 'author', 'tags', 'free', 'official', 'autostart']
  return keys.filter((key) => {
    const value = search[key]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
}
