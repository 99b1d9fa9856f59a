import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { seenKey } from '@/lib/storage-keys'
import { renderApp } from '../support/render-app'

const accountId = createApiClient(sandboxConfig).accountId
const results = () => screen.getByRole('region', { name: 'Results' })
const mark = /^New since your last look: /

/** As if the account last looked at `groupId` before its newest version came out. */
function lookedBefore(groupId: string) {
  const key = seenKey(accountId)
  const seen = JSON.parse(localStorage.getItem(key) ?? 'null') as {
    since: number
    groups: Record<string, number>
  }
  seen.groups[groupId] = (seen.groups[groupId] ?? 1) - 1
  act(() => {
    localStorage.setItem(key, JSON.stringify(seen))
    window.dispatchEvent(new StorageEvent('storage', { key }))
  })
}

describe('a starred image with a version newer than the last look', () => {
  it('is marked on its card and in My images, until its page is opened', async () => {
    const { user, router } = await renderApp('/', { language: 'en' })
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(20))
    const card = within(results()).getAllByRole('article')[2]!
    const name = within(card).getByRole('heading').textContent ?? ''
    await user.click(within(card).getByRole('button', { name: `Add ${name} to favourites` }))
    // Starred as it is: nothing new yet.
    expect(screen.queryByText(mark)).toBeNull()

    const groupId = decodeURIComponent(
      within(card).getByRole('link', { name }).getAttribute('href')!.split('/').pop()!,
    )
    lookedBefore(groupId)
    expect(within(card).getByText(mark)).toBeInTheDocument()
    // Only that one.
    expect(screen.getAllByText(mark)).toHaveLength(1)

    await act(() => router.navigate('/my'))
    const starred = await screen.findByRole('article', { name })
    expect(within(starred).getByText(mark)).toBeInTheDocument()

    await user.click(within(starred).getByRole('link', { name }))
    await screen.findByRole('heading', { level: 1, name })
    await act(() => router.navigate('/my'))
    const after = await screen.findByRole('article', { name })
    expect(within(after).queryByText(mark)).toBeNull()
  })
})
