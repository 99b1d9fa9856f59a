import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recoveryIntervalMs } from '@/lib/query-recovery'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

// Only the intervals are faked: React Query's refetchInterval is one, and everything else
// (MSW, React, user events) keeps real time.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})
afterEach(() => {
  vi.useRealTimers()
})

/** Lets the recovery interval pass once, with React handling what it sets off. */
async function waitOneInterval() {
  await act(async () => {
    vi.advanceTimersByTime(recoveryIntervalMs)
    await Promise.resolve()
  })
}

/** The alert that says `title`, once it is shown. */
const alertTitled = (title: string) =>
  waitFor(() => {
    const alert = screen.queryAllByRole('alert').find((a) => a.textContent?.includes(title))
    if (!alert) throw new Error(`no alert says "${title}"`)
    return alert
  })

const firstGroup = () => {
  const listed = createTestSandbox().call('DescribeCommunityImages', { Limit: 1 })
  return (listed.CompshareImageGroup as { GroupId: string; ImageName: string }[])[0]
}

describe('lists under faults: an error state with retry, and recovery by themselves', () => {
  it('the marketplace list, after HTTP 503s', async () => {
    const { sandbox } = await renderApp('/', {
      language: 'en',
      sandbox: { faults: 'status=503;actions=DescribeCommunityImages' },
    })
    const alert = await alertTitled('The image list could not be loaded')
    expect(alert).toHaveTextContent('HTTP 503')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()

    // Still failing: the next attempt keeps the error state, and so does nothing else break.
    await waitOneInterval()
    expect(await alertTitled('The image list could not be loaded')).toBeInTheDocument()

    sandbox.sandbox.faults.clear()
    await waitOneInterval()
    const results = await screen.findByRole('region', { name: 'Results' })
    expect(within(results).getAllByRole('article').length).toBeGreaterThan(0)
    expect(screen.queryByText('The image list could not be loaded')).not.toBeInTheDocument()
  })

  it('the group page, after dropped connections', async () => {
    const group = firstGroup()
    const { sandbox, router } = await renderApp('/', { language: 'en' })
    sandbox.sandbox.faults.set('drop;actions=DescribeCommunityImages')
    await act(() => router.navigate(`/images/${group?.GroupId}`))
    const alert = await alertTitled('The image details could not be loaded')
    expect(alert).toHaveTextContent('The service cannot be reached')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()

    sandbox.sandbox.faults.clear()
    await waitOneInterval()
    expect(
      await screen.findByRole('heading', { level: 1, name: group?.ImageName }),
    ).toBeInTheDocument()
  })

  it('every section of My images, after 500/502/503 answers', async () => {
    const { sandbox } = await renderApp('/my', {
      language: 'en',
      sandbox: { faults: 'status=5xx' },
    })
    for (const title of [
      'Your published images could not be loaded',
      'Your custom images could not be loaded',
      'Your favourites could not be loaded',
      'The instances could not be loaded',
    ]) {
      const alert = await alertTitled(title)
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    }

    sandbox.sandbox.faults.clear()
    await waitOneInterval()
    await waitFor(() => expect(screen.queryAllByRole('alert')).toEqual([]))
    // Without alerts each part may still be loading: wait for what it loads.
    const published = screen.getByRole('region', { name: 'My published images' })
    expect((await within(published).findAllByRole('article')).length).toBeGreaterThan(0)
    const custom = screen.getByRole('region', { name: 'My custom images' })
    expect(await within(custom).findByRole('table')).toBeInTheDocument()
  })

  it('does not keep asking after a RetCode: the service has answered', async () => {
    const { sandbox, user } = await renderApp('/', {
      language: 'en',
      sandbox: { faults: 'retcode=230;actions=DescribeCommunityImages' },
    })
    await alertTitled('The image list could not be loaded')
    sandbox.sandbox.faults.clear()
    await waitOneInterval()
    await waitOneInterval()
    expect(screen.getByText('The image list could not be loaded')).toBeInTheDocument()
    // The person can still ask again.
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('region', { name: 'Results' })).toBeInTheDocument()
  })
})
