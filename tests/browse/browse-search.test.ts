import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultSearch,
  limits,
  pageSizes,
  parseSearch,
  sortKeys,
  toRequest,
  type BrowseSearch,
} from '@/features/browse/browse-search'
import { activeFilters, serializeSearch, updateSearch } from '@/features/browse/search-writing'

const parse = (query: string) => parseSearch(new URLSearchParams(query))

describe('parseSearch', () => {
  it.each<[string, Partial<BrowseSearch>]>([
    ['', {}],
    ['q=comfy', { q: 'comfy' }],
    ['q=%20%20comfy%20', { q: 'comfy' }],
    ['author=UCloud', { author: 'UCloud' }],
    ['tag=A&tag=B', { tags: ['A', 'B'] }],
    ['tag=A&tag=A&tag=&tag=%20', { tags: ['A'] }],
    ['tag=%E7%BB%98%E7%94%BB', { tags: ['绘画'] }],
    ['free=1&official=1&autostart=1', { free: true, official: true, autostart: true }],
    ['free=true&official=0&autostart=yes', {}],
    ['sort=favorites&order=asc', { sort: 'favorites', order: 'asc' }],
    ['sort=usage', { sort: 'usage' }],
    ['sort=price&order=sideways', {}],
    ['page=3&size=40', { page: 3, size: 40 }],
    ['size=100', { size: 100 }],
    ['page=0', {}],
    ['page=-2', {}],
    ['page=1.5', {}],
    ['page=abc', {}],
    ['page=99999999999999999999', {}],
    ['page=1e3', {}],
    ['size=25', {}],
    ['size=-20', {}],
    ['unknown=1&__proto__=x&constructor=y', {}],
  ])('%s', (query, expected) => {
    expect(parse(query)).toEqual({ ...defaultSearch, ...expected })
  })

  it('drops values too long to be real', () => {
    expect(parse(`q=${'x'.repeat(limits.query + 1)}`).q).toBe('')
    expect(parse(`tag=${'t'.repeat(limits.tag + 1)}`).tags).toEqual([])
  })
})

describe('serializeSearch', () => {
  it('writes nothing for the default view', () => {
    expect(serializeSearch(defaultSearch).toString()).toBe('')
  })

  it('writes only what differs, one tag parameter per tag, in a fixed order', () => {
    const search: BrowseSearch = {
      ...defaultSearch,
      tags: ['绘画', 'LoRA'],
      q: 'sd xl',
      free: true,
      sort: 'usage',
      order: 'asc',
      page: 2,
      size: 40,
    }
    expect(serializeSearch(search).toString()).toBe(
      'q=sd+xl&tag=%E7%BB%98%E7%94%BB&tag=LoRA&free=1&sort=usage&order=asc&page=2&size=40',
    )
  })

  it('round-trips any valid view (property)', () => {
    // Any Unicode, astral planes included (each counts two towards the limits).
    const word = (max: number) =>
      fc
        .string({ unit: 'binary', minLength: 1, maxLength: max })
        .filter((s) => s.trim() === s && s.length > 0 && s.length <= max)
    const search = fc.record({
      q: fc.oneof(fc.constant(''), word(limits.query)),
      author: fc.oneof(fc.constant(''), word(limits.author)),
      tags: fc.uniqueArray(word(limits.tag), { maxLength: limits.tags }),
      free: fc.boolean(),
      official: fc.boolean(),
      autostart: fc.boolean(),
      sort: fc.constantFrom(...sortKeys),
      order: fc.constantFrom('asc' as const, 'desc' as const),
      page: fc.integer({ min: 1, max: limits.page }),
      size: fc.constantFrom(...pageSizes),
    })
    fc.assert(
      fc.property(search, (s) => {
        expect(parseSearch(new URLSearchParams(serializeSearch(s).toString()))).toEqual(s)
      }),
    )
  })
})

describe('updateSearch', () => {
  const onPage4 = { ...defaultSearch, page: 4 }

  it.each<[string, Partial<BrowseSearch>]>([
    ['a new query', { q: 'vllm' }],
    ['a tag', { tags: ['LLM'] }],
    ['a switch', { free: true }],
    ['the sort', { sort: 'favorites' }],
    ['the order', { order: 'asc' }],
    ['the page size', { size: 40 }],
  ])('%s returns to page 1', (_, change) => {
    expect(updateSearch(onPage4, change).page).toBe(1)
  })

  it('a page change keeps everything else', () => {
    const search = { ...defaultSearch, q: 'x', tags: ['A'] }
    expect(updateSearch(search, { page: 2 })).toEqual({ ...search, page: 2 })
  })
})

describe('toRequest', () => {
  it('maps the view onto DescribeCommunityImages', () => {
    expect(
      toRequest({
        ...defaultSearch,
        q: 'comfy',
        tags: ['A', 'B'],
        official: true,
        sort: 'favorites',
        order: 'asc',
        page: 3,
        size: 40,
      }),
    ).toEqual({
      fuzzySearch: 'comfy',
      author: undefined,
      tags: ['A', 'B'],
      isFree: false,
      isOfficial: true,
      autoStart: false,
      sort: { field: 'FavoritesCount', ascending: true },
      offset: 80,
      limit: 40,
    })
  })

  it.each([
    ['pubtime', 'PubTime'],
    ['favorites', 'FavoritesCount'],
    ['usage', 'ImageUseTime'],
  ] as const)('sort %s → %s, newest/most first by default', (sort, field) => {
    expect(toRequest({ ...defaultSearch, sort }).sort).toEqual({ field, ascending: false })
  })
})

describe('activeFilters', () => {
  it('names the filters that narrow the results', () => {
    expect(activeFilters(defaultSearch)).toEqual([])
    expect(
      activeFilters({ ...defaultSearch, tags: ['A'], free: true, sort: 'usage', page: 2 }),
    ).toEqual(['tags', 'free'])
  })
})
