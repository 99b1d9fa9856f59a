import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import type { TestSandbox } from '../support/sandbox'

interface WireGroup {
  GroupId: string
  ImageName: string
}
interface WirePage {
  TotalCount: number
  CompshareImageGroup: WireGroup[]
}

/** What the sandbox itself answers for a request: the ground truth the page must show. */
const expected = (sandbox: TestSandbox, params: Record<string, unknown>) =>
  sandbox.call('DescribeCommunityImages', { Limit: 20, ...params }) as unknown as WirePage

const cardNames = () =>
  within(screen.getByRole('region', { name: 'Results' }))
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading').textContent)

const names = (page: WirePage) => page.CompshareImageGroup.map((g) => g.ImageName)
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search)

const switchNames = ['Free only', 'Official only', 'Auto-start only']
const isSwitch = (box: HTMLElement) => switchNames.includes(name(box))
const name = (box: HTMLElement) => box.parentElement?.textContent ?? ''

/** Fails the named action with `answer` while `state.down` is true; the rest reaches the sandbox. */
function failAction(action: string, answer: () => Response) {
  const state = { down: true }
  const handler = http.post('*/api', async ({ request }) => {
    const fields = new URLSearchParams(await request.clone().text())
    if (state.down && fields.get('Action') === action) return answer()
    return undefined
  })
  return { state, handlers: [handler] }
}

describe('the list page', () => {
  it('shows the newest images as named cards with the total count', async () => {
    const { sandbox } = await renderApp('/', { language: 'en' })
    const truth = expected(sandbox, {})
    expect(await screen.findByText(`${truth.TotalCount} images`)).toBeInTheDocument()
    await waitFor(() => expect(cardNames()).toEqual(names(truth)))
    const first = screen.getByRole('article', { name: truth.CompshareImageGroup[0]?.ImageName })
    expect(
      within(first).getByRole('link', { name: truth.CompshareImageGroup[0]?.ImageName }),
    ).toHaveAttribute('href', `/images/${truth.CompshareImageGroup[0]?.GroupId}`)
  })

  it('filters by the intersection of two tags, said plainly, each chip removable', async () => {
    const { user, router, sandbox } = await renderApp('/', { language: 'en' })
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    await user.click(await within(filters).findByRole('checkbox', { name: /^大模型/ }))
    await user.click(within(filters).getByRole('checkbox', { name: /^LLM/ }))

    expect(search(router).getAll('tag')).toEqual(['大模型', 'LLM'])
    const truth = expected(sandbox, { Tag: ['大模型', 'LLM'] })
    expect(await screen.findByText(`${truth.TotalCount} images`)).toBeInTheDocument()
    await waitFor(() => expect(cardNames()).toEqual(names(truth)))
    expect(screen.getByText('Images that have all of:')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove tag 大模型' }))
    expect(search(router).getAll('tag')).toEqual(['LLM'])
    const llm = expected(sandbox, { Tag: ['LLM'] })
    expect(await screen.findByText(`${llm.TotalCount} images`)).toBeInTheDocument()
  })

  it.each([
    ['Publish time', 'pubtime', 'PubTime'],
    ['Favourites', 'favorites', 'FavoritesCount'],
    ['Usage', 'usage', 'ImageUseTime'],
  ])('sorts by %s both ways', async (label, key, field) => {
    const { user, router, sandbox } = await renderApp('/', { language: 'en' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), label)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Order' }),
      'Lowest / oldest first',
    )
    expect(search(router).get('order')).toBe('asc')
    if (key !== 'pubtime') expect(search(router).get('sort')).toBe(key)
    const ascending = expected(sandbox, { SortCondition: { Field: field, ASC: true } })
    await waitFor(() => expect(cardNames()).toEqual(names(ascending)))

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Order' }),
      'Highest / newest first',
    )
    const descending = expected(sandbox, { SortCondition: { Field: field, ASC: false } })
    await waitFor(() => expect(cardNames()).toEqual(names(descending)))
  })

  it('pages with numbers and next/previous, prefetching the next page', async () => {
    const { user, router, sandbox, queryClient } = await renderApp('/', { language: 'en' })
    const truth = expected(sandbox, {})
    const pages = Math.ceil(truth.TotalCount / 20)
    const nav = await screen.findByRole('navigation', { name: 'Pagination' })
    expect(within(nav).getByText(`Page 1 of ${pages}`)).toBeInTheDocument()
    await waitFor(() =>
      expect(queryClient.getQueriesData({ queryKey: ['community-images', 'list'] })).toHaveLength(
        2,
      ),
    )

    await user.click(within(nav).getByRole('button', { name: 'Next' }))
    expect(search(router).get('page')).toBe('2')
    await waitFor(() => expect(cardNames()).toEqual(names(expected(sandbox, { Offset: 20 }))))

    await user.click(within(nav).getByRole('button', { name: `Page ${pages}` }))
    await waitFor(() =>
      expect(cardNames()).toEqual(names(expected(sandbox, { Offset: (pages - 1) * 20 }))),
    )
    expect(within(nav).getByRole('button', { name: 'Next' })).toBeDisabled()
    expect(within(nav).getByRole('button', { name: `Page ${pages}` })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('changing any filter returns to page 1', async () => {
    const { user, router } = await renderApp('/?page=3&size=40', { language: 'en' })
    expect(await screen.findByText('Page 3 of 7')).toBeInTheDocument()
    await user.click(
      within(screen.getByRole('complementary', { name: 'Filters' })).getByRole('checkbox', {
        name: 'Free only',
      }),
    )
    expect(search(router).get('page')).toBeNull()
    expect(search(router).get('free')).toBe('1')
    expect(search(router).get('size')).toBe('40')
  })

  it('searches by name or author as the user types', async () => {
    const { user, router, sandbox } = await renderApp('/', { language: 'en' })
    await user.type(
      screen.getByRole('searchbox', { name: 'Search by image name or author' }),
      'comfyui',
    )
    await waitFor(() => expect(search(router).get('q')).toBe('comfyui'))
    const truth = expected(sandbox, { FuzzySearch: 'comfyui' })
    expect(truth.TotalCount).toBeGreaterThan(0)
    await waitFor(() => expect(cardNames()).toEqual(names(truth)))
  })

  it('an empty result names the filters to relax, each one a button', async () => {
    const { user } = await renderApp('/?q=no-such-image-anywhere&official=1', { language: 'en' })
    expect(await screen.findByRole('heading', { name: 'No image matches' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /search “no-such-image-anywhere”/ }))
    await waitFor(() => expect(cardNames().length).toBeGreaterThan(0))
  })

  it('a failed load shows the error with its request id and recovers on retry', async () => {
    const fault = failAction('DescribeCommunityImages', () =>
      HttpResponse.json(
        { RetCode: 0 },
        { status: 503, headers: { 'X-UCLOUD-REQUEST-UUID': 'req-503' } },
      ),
    )
    const { user } = await renderApp('/', { language: 'en', handlers: fault.handlers })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The image list could not be loaded')
    expect(alert).toHaveTextContent('HTTP 503')
    expect(alert).toHaveTextContent('Request ID: req-503')

    fault.state.down = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(cardNames()).toHaveLength(20))
  })

  it('files tags under the service’s categories, in its order, searchable, with no counts', async () => {
    const { user, sandbox } = await renderApp('/', { language: 'en' })
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    const { TagIndex, TagsMap } = sandbox.call('DescribeCompShareImageTags') as {
      TagIndex: string[]
      TagsMap: Record<string, string[]>
    }
    const tags = within(filters).getByRole('group', { name: 'Tags' })
    // Folded to a few at first (ADR 0022): every category shows once the list is unfolded.
    await user.click(await within(tags).findByRole('button', { name: /^Show all \d+ tags$/ }))
    await waitFor(() => expect(within(tags).getAllByRole('rowgroup').length).toBeGreaterThan(1))
    const groups = within(tags).getAllByRole('rowgroup')
    const named = groups.map((g) => g.getAttribute('aria-label')).filter((n) => n !== 'Other')
    expect(named).toEqual(TagIndex)
    const first = TagIndex[0] ?? ''
    const boxes = within(within(filters).getByRole('rowgroup', { name: first })).getAllByRole(
      'checkbox',
    )
    // The checkbox's name is the tag alone: no count beside it.
    expect(
      boxes.map((box) => box.getAttribute('aria-label') ?? box.parentElement?.textContent),
    ).toEqual(TagsMap[first])

    await user.type(within(filters).getByRole('searchbox', { name: 'Search tags' }), 'lor')
    expect(within(filters).getAllByRole('checkbox', { name: /lor/i }).length).toBeGreaterThan(0)
    expect(within(filters).queryByRole('checkbox', { name: 'LLM' })).not.toBeInTheDocument()
    await user.type(within(filters).getByRole('searchbox', { name: 'Search tags' }), 'zzz')
    expect(within(filters).getByText('No tag matches')).toBeInTheDocument()
  })

  it('folds the tag list to its first few and the chosen ones, so Tab reaches the results soon', async () => {
    const { user } = await renderApp('/?tag=%E5%BC%80%E5%8F%91%E7%8E%AF%E5%A2%83', {
      language: 'en',
    })
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    const unfold = await within(filters).findByRole('button', { name: /^Show all \d+ tags$/ })
    expect(unfold).toHaveAttribute('aria-expanded', 'false')
    const boxes = () =>
      within(filters)
        .getAllByRole('checkbox')
        .filter((b) => !isSwitch(b))
    const folded = boxes().map(name)
    expect(within(filters).getByRole('checkbox', { name: '开发环境' })).toBeChecked()

    await user.click(unfold)
    const every = boxes().map(name)
    expect(every.length).toBeGreaterThan(40)
    // The first eight of the vocabulary, and the chosen one wherever it is in the list.
    expect(folded).toEqual(every.filter((tag, i) => i < 8 || tag === '开发环境'))
    const fold = within(filters).getByRole('button', { name: 'Show fewer tags' })
    expect(fold).toHaveAttribute('aria-expanded', 'true')
    expect(document.getElementById(fold.getAttribute('aria-controls') ?? '')).toContainElement(
      boxes().at(-1) ?? null,
    )
    await user.click(fold)
    expect(boxes().map(name)).toEqual(folded)

    // A search looks through every tag, folded or not.
    const last = every.at(-1) ?? ''
    await user.type(within(filters).getByRole('searchbox', { name: 'Search tags' }), last)
    expect(within(filters).getByRole('checkbox', { name: last })).toBeInTheDocument()
    expect(within(filters).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument()
  })

  it('falls back to the tags in the results when the tag list cannot be had', async () => {
    const fault = failAction('DescribeCompShareImageTags', () =>
      HttpResponse.json({ RetCode: 230, Message: 'nope' }),
    )
    await renderApp('/', { language: 'en', handlers: fault.handlers })
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    expect(await within(filters).findByText(/tag list is unavailable/)).toBeInTheDocument()
    // The results' tags come with the list, which may answer after the tag list failed.
    await waitFor(() => expect(within(filters).getAllByRole('checkbox').length).toBeGreaterThan(3))
  })

  it('drops invalid URL values into a valid view', async () => {
    await renderApp('/?page=-4&size=7&sort=price&order=up&tag=', { language: 'en' })
    expect(await screen.findByText('Page 1 of 13')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Per page' })).toHaveValue('20')
  })
})

describe('favourites on the list', () => {
  it('a star answers at once and is saved for the account', async () => {
    const { user, sandbox } = await renderApp('/', { language: 'en' })
    const first = expected(sandbox, {}).CompshareImageGroup[0]
    if (!first) throw new Error('sandbox has no groups')
    const star = await screen.findByRole('button', { name: `Add ${first.ImageName} to favourites` })
    await user.click(star)
    expect(
      screen.getByRole('button', { name: `Remove ${first.ImageName} from favourites` }),
    ).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() =>
      expect(expected(sandbox, { GroupId: first.GroupId }).CompshareImageGroup[0]).toMatchObject({
        IsFavorite: true,
      }),
    )
  })

  it('rolls back with a message when the service refuses', async () => {
    const fault = failAction('CreateCompShareImageFavorite', () =>
      HttpResponse.json({ RetCode: 230, Message: 'GroupId' }),
    )
    const { user, sandbox } = await renderApp('/', { language: 'en', handlers: fault.handlers })
    const first = expected(sandbox, {}).CompshareImageGroup[0]
    if (!first) throw new Error('sandbox has no groups')
    await user.click(
      await screen.findByRole('button', { name: `Add ${first.ImageName} to favourites` }),
    )
    expect(await screen.findByText(/The favourite was not saved/)).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: `Add ${first.ImageName} to favourites` }),
    ).toHaveAttribute('aria-pressed', 'false')
  })
})
