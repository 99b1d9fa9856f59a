import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'

type View = Awaited<ReturnType<typeof renderApp>>

/** Waits for Next's asynchronous validation to show the step after `from`. */
async function next({ user }: View, to: string) {
  await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(await screen.findByRole('heading', { level: 2, name: to })).toBeInTheDocument()
}

/** Opens "Publish new version" of the demo account's group, with its first custom image. */
async function startNewVersion(groupId: string, versionName: string) {
  const view = await renderApp(`/publish?group=${groupId}`, { language: 'en' })
  await view.user.click(await screen.findByRole('radio', { name: /my-comfyui-flux/ }))
  await next(view, 'Version')
  await view.user.type(screen.getByRole('textbox', { name: 'Version' }), versionName)
  await next(view, 'Listing')
  return view
}

const versionsOf = (view: View, groupId: string) =>
  view.sandbox.sandbox.state().groups.find((group) => group.id === groupId)?.versions ?? []

describe('a new version starts from the live version', () => {
  // Qwen2.5 vLLM: v1.2 is live at CN¥0.15/h; v1.4 is in review.
  const paidGroup = 'group-772b0b86'

  it('keeps the price, and the review shows the change of price, called out', async () => {
    const view = await startNewVersion(paidGroup, 'v1.5')
    expect(screen.getByRole('radio', { name: 'Paid' })).toBeChecked()
    const price = screen.getByRole('textbox', { name: 'Price (yuan per hour)' })
    expect(price).toHaveValue('0.15')
    await view.user.clear(price)
    await view.user.type(price, '0.2')
    // v1.2 declared an application the service no longer offers: it is shown, to be unticked.
    await view.user.click(await screen.findByRole('checkbox', { name: /vLLM API/ }))
    await next(view, 'Cover')
    await next(view, 'Readme')
    await next(view, 'Review')

    const changes = screen.getByRole('region', { name: /What changes from v1\.2/ })
    expect(within(changes).getByRole('note')).toHaveTextContent('Pricing: CN¥0.15/h → CN¥0.20/h')
    const row = within(changes).getByRole('rowheader', { name: 'Pricing' }).closest('tr')
    expect(row).toHaveTextContent('CN¥0.15/hCN¥0.20/h')
    expect(within(changes).getByText(/cover of v1\.2|Kept from v1\.2/)).toBeInTheDocument()
    // The card names the account, as the published card will.
    const card = screen.getByRole('region', { name: 'The card in the community list' })
    expect(card).toHaveTextContent('演示用户')

    const before = [...versionsOf(view, paidGroup)]
    await view.user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(await screen.findByRole('heading', { name: 'Submitted for publishing' })).toBeVisible()
    const versions = versionsOf(view, paidGroup)
    const added = versions.at(-1)
    expect(versions).toHaveLength(before.length + 1)
    expect(added).toMatchObject({ versionName: 'v1.5', price: 0.2, autoStart: false })
    // Sent without a cover, the version keeps the live one.
    expect(added?.cover).toBe(before.find((v) => v.versionName === 'v1.2')?.cover)
  })

  it('keeps auto-start and a paid price unchanged when nothing is touched', async () => {
    // My ComfyUI workflow: v2.1 is live, free, with auto-start.
    const view = await startNewVersion('group-035c1dda', 'v2.2')
    expect(screen.getByRole('checkbox', { name: 'Starts its service automatically' })).toBeChecked()
    await next(view, 'Cover')
    await next(view, 'Readme')
    await next(view, 'Review')
    const changes = screen.getByRole('region', { name: /What changes from v2\.1/ })
    expect(changes).toHaveTextContent('The listing is the same as v2.1’s.')
    expect(within(changes).queryByRole('note')).toBeNull()
    await view.user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(await screen.findByRole('heading', { name: 'Submitted for publishing' })).toBeVisible()
    expect(versionsOf(view, 'group-035c1dda').at(-1)).toMatchObject({
      versionName: 'v2.2',
      autoStart: true,
      price: 0,
    })
  })
})

describe('wizard details', () => {
  it('the review card names the account even before it has published anything', async () => {
    const noGroups = http.post('*/api', async ({ request }) => {
      const fields = new URLSearchParams(await request.clone().text())
      if (fields.get('Action') !== 'DescribeSelfCommunityImages') return undefined
      return HttpResponse.json({ RetCode: 0, TotalCount: 0, CompshareImageGroup: [] })
    })
    const view = await renderApp('/publish', { language: 'en', handlers: [noGroups] })
    await view.user.click(await screen.findByRole('radio', { name: /my-comfyui-flux/ }))
    await next(view, 'Version')
    await view.user.type(screen.getByRole('textbox', { name: 'Version' }), 'v1.0')
    await next(view, 'Listing')
    await view.user.type(screen.getByRole('textbox', { name: 'Community image name' }), 'First')
    await next(view, 'Cover')
    await next(view, 'Readme')
    await next(view, 'Review')
    const card = screen.getByRole('region', { name: 'The card in the community list' })
    expect(card).toHaveTextContent('演示用户')
  })

  it('Next with nothing chosen puts the cursor on the first image and says why', async () => {
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    const view = await renderApp('/publish', { language: 'en' })
    await screen.findByRole('radio', { name: /my-comfyui-flux/ })
    await view.user.click(screen.getByRole('button', { name: 'Next' }))
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: /my-comfyui-flux/ })).toHaveFocus(),
    )
    const image = screen.getByRole('group', { name: 'Custom image to publish' })
    const message = within(image).getByRole('alert')
    expect(message).toHaveTextContent('Required')
    // Above the list, and the list's start scrolled to: not below the fold of a long list.
    const first = within(image).getAllByRole('radio')[0]
    expect(message.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(scrolled.mock.contexts).toContain(image)
  })

  it('the "draft restored" notice goes once the draft is published', async () => {
    const first = await startNewVersion('group-035c1dda', 'v2.2')
    first.unmount()
    // The draft was saved as it was typed: a second visit restores it.
    const view = await renderApp('/publish', { language: 'en' })
    expect(await screen.findByText(/draft saved at .* was restored/i)).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 2, name: 'Listing' })).toBeInTheDocument()
    await next(view, 'Cover')
    await next(view, 'Readme')
    await next(view, 'Review')
    await view.user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(await screen.findByRole('heading', { name: 'Submitted for publishing' })).toBeVisible()
    expect(screen.queryByText(/draft saved at .* was restored/i)).toBeNull()
  })
})
