import { screen, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultSearch,
  limits,
  orders,
  pageSizes,
  parseSearch,
  sortKeys,
  type BrowseSearch,
} from '@/features/browse/browse-search'
import { serializeSearch } from '@/features/browse/search-writing'
import { renderApp } from '../support/render-app'

const parse = (query: string) => parseSearch(new URLSearchParams(query))
const manyTags = Array.from({ length: 5000 }, (_, i) => `tag=t${i}`).join('&')

/** Bad addresses a link, a bot or a hand-edited bookmark might bring, with what must be kept. */
const corpus: [string, Partial<BrowseSearch>][] = [
  ['page=1e308', {}],
  ['page=99999999999999999999', {}],
  ['page=100001', {}],
  ['page=-1', {}],
  ['page=0', {}],
  ['page=NaN', {}],
  ['page=Infinity', {}],
  ['page=0x10', {}],
  ['page=+3', {}],
  ['page=%EF%BC%93', {}], // a full-width 3
  ['page=3%00', {}],
  ['page=2&page=3', { page: 2 }],
  ['size=1e308', {}],
  ['size=0', {}],
  ['size=20.0', {}],
  ['sort=__proto__&order=constructor', {}],
  ['sort=toString&order=DESC', {}],
  ['sort=PubTime', {}],
  ['sort=usage&sort=evil', { sort: 'usage' }],
  [manyTags, { tags: Array.from({ length: limits.tags }, (_, i) => `t${i}`) }],
  [`tag=${'x'.repeat(10_000)}&tag=ok`, { tags: ['ok'] }],
  ['q=%E0%A4%A', { q: '\uFFFD%A' }], // a cut-off UTF-8 sequence
  ['q=%ED%A0%80', { q: '\uFFFD\uFFFD\uFFFD' }], // an encoded lone surrogate
  ['q=%', { q: '%' }],
  ['q=%zz%', { q: '%zz%' }],
  ['author=%F0%9F', { author: '\uFFFD' }],
  [`q=${'a'.repeat(1_000_000)}`, {}],
  ['free=1&free=0&official=true&autostart=%31', { free: true, autostart: true }],
  ['__proto__[page]=5&constructor=1&hasOwnProperty=1', {}],
  ['&&&==&=&?&#', {}],
]

/** What every parsed view must be, whatever the address was. */
function expectValid(search: BrowseSearch) {
  expect(Number.isInteger(search.page) && search.page >= 1 && search.page <= limits.page).toBe(true)
  expect(pageSizes).toContain(search.size)
  expect(sortKeys).toContain(search.sort)
  expect(orders).toContain(search.order)
  expect(search.q.length).toBeLessThanOrEqual(limits.query)
  expect(search.author.length).toBeLessThanOrEqual(limits.author)
  expect(search.tags.length).toBeLessThanOrEqual(limits.tags)
  expect(new Set(search.tags).size).toBe(search.tags.length)
  for (const text of [search.q, search.author, ...search.tags]) {
    expect(text.isWellFormed()).toBe(true)
    expect(text).toBe(text.trim())
  }
  for (const tag of search.tags) expect(tag.length).toBeGreaterThan(0)
}

describe('bad addresses become a valid view', () => {
  it.each(corpus.map(([query, kept]) => [query.slice(0, 60), query, kept] as const))(
    '%s',
    (_, query, kept) => {
      const search = parse(query)
      expectValid(search)
      expect(search).toEqual({ ...defaultSearch, ...kept })
    },
  )

  // Keys the parser reads, and values of every kind: any text, numbers, broken escapes.
  const key = fc.constantFrom(
    'q',
    'author',
    'tag',
    'free',
    'official',
    'autostart',
    'sort',
    'order',
    'page',
    'size',
  )
  const value = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.double().map(String),
    fc.bigInt().map(String),
    fc.constantFrom('%', '%E0%A4%A', '%ED%A0%80', '%F0%9F', '1', '0', 'asc', 'usage', '40'),
  )
  const query = fc
    .array(fc.tuple(key, value), { maxLength: 30 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))

  it('any query parses into a valid view (property)', () => {
    fc.assert(
      fc.property(query, (q) => {
        expectValid(parse(q))
      }),
    )
  })

  it('writing a parsed view and reading it back changes nothing (property)', () => {
    fc.assert(
      fc.property(query, (q) => {
        const search = parse(q)
        expect(parseSearch(new URLSearchParams(serializeSearch(search).toString()))).toEqual(search)
      }),
    )
  })
})

describe('the list page opened at a bad address', () => {
  it.each([
    'page=1e308&size=1e308&sort=__proto__',
    'page=-5&order=sideways&tag=%E0%A4%A',
    `${manyTags}&q=%ED%A0%80`,
    'page=100000',
  ])('%s shows results or an empty state, never the error page', async (query) => {
    await renderApp(`/?${query.slice(0, 200_000)}`, { language: 'en' })
    await waitFor(() =>
      expect(
        screen.queryAllByRole('article').length > 0 ||
          screen.queryByText('No image matches') !== null ||
          screen.queryByText('There is nothing on this page.') !== null,
      ).toBe(true),
    )
    expect(screen.queryByText('Something went wrong on this page')).not.toBeInTheDocument()
    expect(screen.queryByText('The image list could not be loaded')).not.toBeInTheDocument()
  })
})
