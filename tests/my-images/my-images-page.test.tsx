import { act, screen, waitFor, within } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reviewRefreshMs } from '@/lib/my-queries'
import { renderApp } from '../support/render-app'
import { demoAccount, type TestSandbox } from '../support/sandbox'

interface WireCustomImage {
  CompShareImageId: string
  Name: string
  Status: string
  Container: string
}
interface WireGroup {
  GroupId: string
  ImageName: string
  Data: { VersionName: string; Status: string }[]
}

/** What the sandbox itself answers: the ground truth the page must show. */
const truth = (sandbox: TestSandbox) => ({
  images: (
    sandbox.call('DescribeCompShareCustomImages', { Limit: 100 }) as { ImageSet: WireCustomImage[] }
  ).ImageSet,
  groups: (
    sandbox.call('DescribeSelfCommunityImages', { Limit: 100 }) as {
      CompshareImageGroup: WireGroup[]
    }
  ).CompshareImageGroup,
})

const section = (name: string) => screen.getByRole('region', { name })

/** Answers `action` with `answer()` instead of the sandbox; other actions pass through. */
function replace(action: string, answer: () => Response | Promise<Response>) {
  return http.post('*/api', async ({ request }) => {
    const fields = new URLSearchParams(await request.clone().text())
    return fields.get('Action') === action ? answer() : undefined
  })
}

/** Counts the calls of each action, letting the sandbox answer them. */
function countCalls() {
  const counts = new Map<string, number>()
  const handler = http.post('*/api', async ({ request }) => {
    const action = new URLSearchParams(await request.clone().text()).get('Action') ?? ''
    counts.set(action, (counts.get(action) ?? 0) + 1)
    return undefined
  })
  return { counts, handler }
}

const ok = (body: Record<string, unknown>) =>
  HttpResponse.json(
    { RetCode: 0, ...body },
    { headers: { 'X-UCLOUD-REQUEST-UUID': '00000000-0000-4000-8000-000000000000' } },
  )

afterEach(() => {
  vi.useRealTimers()
})

/**
 * Moves the faked refresh interval on, then waits until the refetches it set off are in: a
 * refetch still running would take the next tick's place instead of asking again.
 */
async function advance(queryClient: QueryClient, ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms)
    await Promise.resolve()
  })
  await waitFor(() => expect(queryClient.isFetching()).toBe(0))
}

describe('/my', () => {
  it('shows each part loading until its answer arrives', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const hold = http.post('*/api', async () => {
      await held
      return undefined
    })
    await renderApp('/my', { language: 'en', handlers: [hold] })
    expect(within(section('My published images')).getByRole('status')).toHaveTextContent(
      'Loading the images you published…',
    )
    expect(within(section('My custom images')).getByRole('status')).toHaveTextContent(
      'Loading your custom images…',
    )
    expect(within(section('My favourites')).getByRole('status')).toHaveTextContent(
      'Looking for the images you starred…',
    )
    release()
    expect(await screen.findByRole('table', { name: 'My custom images' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(/^Loading|^Looking/)).not.toBeInTheDocument())
  })

  it('lists the custom images with their facts, and "publish" only on those that can be', async () => {
    const { sandbox } = await renderApp('/my', { language: 'en' })
    const { images } = truth(sandbox)
    const table = await screen.findByRole('table', { name: 'My custom images' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      images.map((image) => `${image.Name}${image.CompShareImageId}`),
    )
    for (const [index, image] of images.entries()) {
      const row = rows[index]
      if (!row) throw new Error(`no row for ${image.Name}`)
      const publish = within(row).queryByRole('link', { name: `Publish ${image.Name}` })
      const container = image.Container === 'True'
      if (image.Status === 'Available' && container) {
        expect(publish).toHaveAttribute('href', `/publish?image=${image.CompShareImageId}`)
      } else {
        expect(publish).toBeNull()
        // Why not, in words: never the service's raw Making or UnAvailable.
        expect(row).toHaveTextContent(
          !container
            ? 'Virtual-machine images cannot be published to the community'
            : image.Status === 'Making'
              ? 'Still being made: it can be published once it is available'
              : 'Unavailable: this image cannot be used or published',
        )
        expect(row.textContent).not.toMatch(/Making|UnAvailable/)
      }
      expect(row).toHaveTextContent(container ? 'Container' : 'Virtual machine')
    }
    const vm = rows.find((row) => row.textContent?.includes('ubuntu22-cuda12.4-vm'))
    expect(vm).toHaveTextContent(/Available.*Virtual machine.*GB/)
    expect(screen.getByText(`${images.length} in total`)).toBeInTheDocument()
  })

  it('lists every published group with every version, its status, price and date', async () => {
    const { sandbox } = await renderApp('/my', { language: 'en' })
    const { groups } = truth(sandbox)
    const published = section('My published images')
    for (const group of groups) {
      const card = await within(published).findByRole('article', { name: group.ImageName })
      const versions = within(card).getByRole('table', { name: `Versions of ${group.ImageName}` })
      const rows = within(versions).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(group.Data.length)
      for (const version of group.Data) {
        const row = rows.find(
          (r) => within(r).getByRole('rowheader').textContent === version.VersionName,
        )
        const label = { Available: 'Available', Offline: 'Offline', Reviewing: 'In review' }[
          version.Status
        ]
        expect(row).toHaveTextContent(label ?? version.Status)
      }
      expect(
        within(card).getByRole('link', { name: `Publish a new version of ${group.ImageName}` }),
      ).toHaveAttribute('href', `/publish?group=${group.GroupId}`)
      // A group still entirely in review has no marketplace page to open yet.
      const listed = group.Data.some((v) => v.Status !== 'Reviewing')
      const open = within(card).queryByRole('link', {
        name: `View ${group.ImageName} in the marketplace`,
      })
      if (listed) expect(open).toHaveAttribute('href', `/images/${group.GroupId}`)
      else expect(open).toBeNull()
    }
    // The seed keeps versions in review, so the page says it is watching them.
    expect(
      within(published).getByText(
        'A version is in review: its status is checked every 10 seconds.',
      ),
    ).toBeInTheDocument()
  })

  it('shows the groups this account starred, with a star to unstar them', async () => {
    const { sandbox, user } = await renderApp('/my', { language: 'en' })
    const starred = [...(sandbox.sandbox.state().favorites[demoAccount.publicKey] ?? [])]
    const favourites = section('My favourites')
    await within(favourites).findByText(`${starred.length} in total`)
    const cards = within(favourites).getAllByRole('article')
    expect(cards).toHaveLength(starred.length)
    const hrefs = cards.map((card) => within(card).getAllByRole('link')[0]?.getAttribute('href'))
    expect(hrefs.sort()).toEqual(starred.map((id) => `/images/${id}`).sort())

    const first = cards[0]
    if (!first) throw new Error('no favourite card')
    await user.click(within(first).getByRole('button', { name: /^Remove .* from favourites$/ }))
    await waitFor(() =>
      expect(within(favourites).getAllByRole('article')).toHaveLength(starred.length - 1),
    )
  })

  it('says plainly when there is nothing yet, with the way forward', async () => {
    await renderApp('/my', {
      language: 'en',
      handlers: [
        replace('DescribeCompShareCustomImages', () => ok({ TotalCount: 0, ImageSet: [] })),
        replace('DescribeSelfCommunityImages', () =>
          ok({ TotalCount: 0, CompshareImageGroup: null }),
        ),
        replace('DescribeCommunityImages', () => ok({ TotalCount: 0 })),
      ],
    })
    expect(
      await within(section('My custom images')).findByText(/You have no custom images yet/),
    ).toBeInTheDocument()
    const published = section('My published images')
    expect(
      await within(published).findByText('You have not published a community image yet.'),
    ).toBeInTheDocument()
    expect(
      within(published).getByRole('link', { name: 'Publish your first image' }),
    ).toHaveAttribute('href', '/publish')
    const favourites = section('My favourites')
    expect(await within(favourites).findByText(/You have not starred any image yet/)).toBeVisible()
    expect(
      within(favourites).getByRole('link', { name: 'Browse community images' }),
    ).toHaveAttribute('href', '/')
  })

  it('shows a failed part with the reason and request id, and retry recovers it', async () => {
    const fault = { on: true }
    const { user } = await renderApp('/my', {
      language: 'en',
      handlers: [
        http.post('*/api', async ({ request }) => {
          const action = new URLSearchParams(await request.clone().text()).get('Action')
          if (!fault.on || action !== 'DescribeSelfCommunityImages') return undefined
          return HttpResponse.json(
            { Action: `${action}Response`, RetCode: 172, Message: 'user not found' },
            { headers: { 'X-UCLOUD-REQUEST-UUID': 'req-1234-abcd' } },
          )
        }),
      ],
    })
    const published = section('My published images')
    const alert = await within(published).findByRole('alert')
    expect(alert).toHaveTextContent('Your published images could not be loaded')
    expect(alert).toHaveTextContent('No account has this public key.')
    expect(alert).toHaveTextContent('Error code 172 · Request ID: req-1234-abcd')
    // The other parts do not depend on this one.
    expect(await screen.findByRole('table', { name: 'My custom images' })).toBeInTheDocument()

    fault.on = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(published).findAllByRole('article')).not.toHaveLength(0)
    expect(within(published).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('follows a version through review in the background and says when it is approved', async () => {
    // Only the refresh interval is faked; everything else (MSW, user events, toasts) runs on.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { sandbox, queryClient } = await renderApp('/my', {
      language: 'en',
      sandbox: { reviewSeconds: 60 },
    })
    const published = section('My published images')
    await within(published).findAllByRole('article')
    const image = sandbox.sandbox
      .state()
      .customImages.find((i) => i.owner === demoAccount.publicKey && i.name === 'my-comfyui-flux')
    expect(
      sandbox.call('PublishCompShareImage', {
        CompShareImageId: image?.id,
        CommunityImageName: 'Flux 人像工作流',
        VersionName: 'v1.2',
      }),
    ).toMatchObject({ RetCode: 0 })

    // The next background refresh brings the new version, in review.
    await advance(queryClient, reviewRefreshMs)
    const card = await within(published).findByRole('article', { name: 'Flux 人像工作流' })
    expect(within(card).getByRole('row', { name: /v1\.2/ })).toHaveTextContent('In review')
    expect(screen.queryByText(/is now/)).not.toBeInTheDocument()

    // Review takes a minute: refreshes before then change nothing.
    sandbox.clock.advance(30)
    await advance(queryClient, reviewRefreshMs)
    await waitFor(() =>
      expect(within(card).getByRole('row', { name: /v1\.2/ })).toHaveTextContent('In review'),
    )

    sandbox.clock.advance(30)
    await advance(queryClient, reviewRefreshMs)
    expect(await screen.findByText('v1.2 of Flux 人像工作流 is now Available')).toBeInTheDocument()
    expect(within(card).getByRole('row', { name: /v1\.2/ })).toHaveTextContent('Available')
    // Told once, not on every refresh after.
    await advance(queryClient, reviewRefreshMs)
    await waitFor(() => expect(screen.getAllByText(/is now Available/)).toHaveLength(1))
  })

  it('does not poll when nothing is in review', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const calls = countCalls()
    const group = {
      GroupId: 'group-settled',
      ImageName: 'Settled image',
      Status: 'Available',
      Data: [{ CompShareImageId: 'compshareImage-a', VersionName: 'v1.0', Status: 'Available' }],
    }
    const { queryClient } = await renderApp('/my', {
      language: 'en',
      // The counter first: it sees every call, then lets the fixed answer handle it.
      handlers: [
        calls.handler,
        replace('DescribeSelfCommunityImages', () =>
          ok({ TotalCount: 1, CompshareImageGroup: [group] }),
        ),
      ],
    })
    const published = section('My published images')
    await within(published).findByRole('article', { name: 'Settled image' })
    expect(within(published).queryByText(/is in review/)).not.toBeInTheDocument()
    const before = calls.counts.get('DescribeSelfCommunityImages')
    expect(before).toBeGreaterThan(0)
    await advance(queryClient, reviewRefreshMs * 5)
    expect(calls.counts.get('DescribeSelfCommunityImages')).toBe(before)
  })
})
