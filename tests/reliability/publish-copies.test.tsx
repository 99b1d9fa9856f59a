import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import type { TestSandbox } from '../support/sandbox'

type View = Awaited<ReturnType<typeof renderApp>>

/**
 * What a browser's automatic re-sends do behind an answer that never comes back: the same
 * signed publish handled `copies` times, then the connection drops.
 */
function resentPublish(copies: number, sandbox: () => TestSandbox) {
  return http.post('*/api', async ({ request }) => {
    const fields = Object.fromEntries(new URLSearchParams(await request.clone().text()))
    if (fields.Action !== 'PublishCompShareImage') return undefined
    for (let i = 0; i < copies; i += 1) sandbox().sandbox.handle(fields)
    return HttpResponse.error()
  })
}

async function publishNewImage(view: View, name: string) {
  const { user } = view
  const next = async (to: string) => {
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await screen.findByRole('heading', { level: 2, name: to })
  }
  await user.click(await screen.findByRole('radio', { name: /my-comfyui-flux/ }))
  await next('Version')
  await user.type(screen.getByRole('textbox', { name: 'Version' }), 'v1.0')
  await next('Listing')
  await user.type(screen.getByRole('textbox', { name: 'Community image name' }), name)
  await next('Cover')
  await next('Readme')
  await next('Review')
  await user.click(screen.getByRole('button', { name: 'Publish' }))
}

/** The groups of that name the account has, and of those, how many show a version. */
function listingsNamed(sandbox: TestSandbox, name: string) {
  const own = sandbox.call('DescribeSelfCommunityImages', { Limit: 100 }).CompshareImageGroup as {
    ImageName: string
    Data: { Visibility?: number }[]
  }[]
  const mine = own.filter((group) => group.ImageName === name)
  return { all: mine.length, shown: mine.filter((g) => g.Data[0]?.Visibility !== 0).length }
}

describe('a publish that arrived several times', () => {
  it('says how many copies arrived and withdraws the extra ones in one action', async () => {
    const name = 'Sent three times'
    // The handler reads the sandbox the render makes.
    const made: { view?: View } = {}
    const view = await renderApp('/publish', {
      language: 'en',
      handlers: [resentPublish(3, () => made.view!.sandbox)],
    })
    made.view = view
    await publishNewImage(view, name)

    const found = await screen.findByText(
      '3 copies of v1.0 arrived: the request was sent again on the way.',
    )
    expect(found).toBeVisible()
    expect(listingsNamed(view.sandbox, name)).toEqual({ all: 3, shown: 3 })
    // Sending again would make a fourth: withdrawing is the way on.
    expect(screen.getByRole('button', { name: 'Publish again' })).toBeDisabled()
    await view.user.click(screen.getByRole('button', { name: 'Withdraw 2 extra copies' }))

    const done = await screen.findByRole('status', { name: 'Submitted for publishing' })
    expect(done).toHaveTextContent('2 of them were withdrawn, so exactly one is listed')
    expect(listingsNamed(view.sandbox, name)).toEqual({ all: 3, shown: 1 })

    // Once approved, the marketplace lists it once.
    view.sandbox.clock.advance(3600)
    const market = view.sandbox.call('DescribeCommunityImages', { FuzzySearch: name, Limit: 100 })
      .CompshareImageGroup as { ImageName: string }[]
    expect(market.filter((group) => group.ImageName === name)).toHaveLength(1)
    expect(within(done).getByRole('link', { name: 'Open this community image' })).toBeVisible()
  })
})
