import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readImageGroups } from '@/api/actions/community-images-schema'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { currentVersion } from '@/lib/group'
import { hiddenKey } from '@/lib/storage-keys'
import { renderApp } from '../support/render-app'
import { createTestSandbox, type TestSandbox } from '../support/sandbox'

const page = (sandbox: TestSandbox, params: Record<string, unknown> = {}) =>
  readImageGroups(
    sandbox.call('DescribeCommunityImages', { Limit: 20, ...params }),
    'DescribeCommunityImages',
  )
const results = () => screen.getByRole('region', { name: 'Results' })
const cardNames = () =>
  within(results())
    .queryAllByRole('article')
    .map((card) => within(card).getByRole('heading').textContent)
const accountId = createApiClient(sandboxConfig).accountId

describe('authors and tags lead somewhere', () => {
  it("an author's name opens that author's page: their images and what they add up to", async () => {
    const { user, router, sandbox } = await renderApp('/', { language: 'en' })
    const [first] = page(sandbox).groups
    const author = currentVersion(first!)!.author
    await waitFor(() => expect(cardNames()[0]).toBe(first!.name))
    const card = within(results()).getByRole('article', { name: first!.name })
    await user.click(within(card).getByRole('link', { name: author }))

    expect(new URLSearchParams(router.state.location.search).get('author')).toBe(author)
    expect(
      await screen.findByRole('heading', { level: 1, name: `Images by ${author}` }),
    ).toBeInTheDocument()
    // The sandbox's own answer for every image of that author.
    const all = page(sandbox, { Author: author, Limit: 100 }).groups
    const stars = all.reduce((sum, g) => sum + g.favoritesCount, 0)
    const uses = all.reduce((sum, g) => sum + g.usage, 0)
    const totals = await screen.findByText(new RegExp(`^${all.length} images?, `))
    expect(totals.textContent).toContain(
      `${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(stars)} favourites`,
    )
    expect(totals.textContent).toContain(
      `${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(uses)} uses`,
    )
    await waitFor(() =>
      expect([...cardNames()].sort()).toEqual(
        all
          .map((g) => g.name)
          .slice(0, 20)
          .sort(),
      ),
    )
    // Its totals sit in the cache beside the pages of groups: a star must still take.
    const theirs = within(results()).getAllByRole('article')[0]!
    const starred = within(theirs).getByRole('heading').textContent ?? ''
    await user.click(within(theirs).getByRole('button', { name: `Add ${starred} to favourites` }))
    expect(
      await within(theirs).findByRole('button', { name: `Remove ${starred} from favourites` }),
    ).toBeInTheDocument()
  })

  it("a card's tag adds itself to the filter, keeping the others", async () => {
    const { user, router, sandbox } = await renderApp('/?free=1', { language: 'en' })
    const [first] = page(sandbox, { IsFree: true }).groups
    const tag = currentVersion(first!)!.tags[0]!
    await waitFor(() => expect(cardNames()[0]).toBe(first!.name))
    const card = within(results()).getByRole('article', { name: first!.name })
    await user.click(within(card).getByRole('link', { name: tag }))
    const search = new URLSearchParams(router.state.location.search)
    expect(search.getAll('tag')).toEqual([tag])
    expect(search.get('free')).toBe('1')
  })
})

describe('hiding what one does not want', () => {
  it('hides an image from its card, says how many of the page are hidden, and undoes', async () => {
    const { user, sandbox } = await renderApp('/', { language: 'en' })
    const groups = page(sandbox).groups
    await waitFor(() => expect(cardNames()).toHaveLength(20))
    const name = groups[1]!.name
    const card = within(results()).getByRole('article', { name })
    await user.click(within(card).getByRole('button', { name: `More for ${name}` }))
    await user.click(within(card).getByRole('button', { name: 'Hide this image' }))

    expect(cardNames()).not.toContain(name)
    expect(cardNames()).toHaveLength(19)
    expect(
      screen.getByText(
        '1 of the 20 images on this page is hidden by your choices; the total above counts it.',
      ),
    ).toBeInTheDocument()
    // Focus goes to the undo, since the card that had it is gone.
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    expect(JSON.parse(localStorage.getItem(hiddenKey(accountId)) ?? '{}')).toMatchObject({
      images: [{ groupId: groups[1]!.groupId, name }],
    })
    // Listed where it can be shown again.
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    expect(within(filters).getByRole('button', { name: `Show ${name} again` })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(cardNames()).toHaveLength(20))
    expect(localStorage.getItem(hiddenKey(accountId))).toBeNull()
  })

  it('hides every image of an author, kept for the account across visits', async () => {
    const first = await renderApp('/', { language: 'en' })
    const groups = page(first.sandbox).groups
    await waitFor(() => expect(cardNames()).toHaveLength(20))
    const author = currentVersion(groups[0]!)!.author
    const theirs = groups.filter((g) => currentVersion(g)?.author === author)
    const card = within(results()).getByRole('article', { name: groups[0]!.name })
    await first.user.click(within(card).getByRole('button', { name: /^More for/ }))
    await first.user.click(
      within(card).getByRole('button', { name: `Hide every image by ${author}` }),
    )
    await waitFor(() => expect(cardNames()).toHaveLength(20 - theirs.length))
    first.unmount()

    const again = await renderApp('/', { language: 'en' })
    await waitFor(() => expect(cardNames()).toHaveLength(20 - theirs.length))
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    expect(within(filters).getByText(`Author: ${author}`)).toBeInTheDocument()
    await again.user.click(within(filters).getByRole('button', { name: 'Show everything again' }))
    await waitFor(() => expect(cardNames()).toHaveLength(20))
  })

  it('an excluded tag leaves its images out, shown as a "not" chip that brings them back', async () => {
    const groups = page(createTestSandbox()).groups
    const tag = currentVersion(groups[0]!)!.tags[0]!
    localStorage.setItem(hiddenKey(accountId), JSON.stringify({ tags: [tag] }))
    const { user } = await renderApp('/', { language: 'en' })
    const tagged = groups.filter((g) => currentVersion(g)?.tags.includes(tag))
    await waitFor(() => expect(cardNames()).toHaveLength(20 - tagged.length))
    expect(
      screen.getByText(new RegExp(`^${tagged.length} of the 20 images on this page`)),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: `Show images tagged ${tag} again` }))
    await waitFor(() => expect(cardNames()).toHaveLength(20))
  })
})
