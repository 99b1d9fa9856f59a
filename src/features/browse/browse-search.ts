import type { CommunityImagesRequest, SortField } from '@/api/actions/community-images'

/**
 * Everything the list page shows is decided by the URL, parsed only here, through one whitelist:
 * unknown keys and invalid values are dropped, never trusted, never a crash. It is written only
 * in ./search-writing.ts: this module is on every first visit (the first request reads it), the
 * writing only on the list page.
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
