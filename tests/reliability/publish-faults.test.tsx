import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

const name = 'Survives faults'

/** A finished draft, as autosave leaves it, waiting on the review step. */
function saveFinishedDraft(accountId: string): string {
  const images = createTestSandbox().call('DescribeCompShareCustomImages', { Limit: 100 })
    .ImageSet as { CompShareImageId: string; Status: string; Container: string }[]
  const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
  const key = `compshare.publish-draft.${accountId}`
  const values = {
    imageId: image?.CompShareImageId ?? '',
    target: 'new',
    groupId: '',
    versionName: 'v1.0',
    versionDesc: '',
    name,
    description: '',
    tags: ['Flux'],
    gpus: ['4090'],
    autoStart: false,
    paid: false,
    price: '',
    readme: '',
  }
  localStorage.setItem(key, JSON.stringify({ version: 1, step: 'review', savedAt: 1, values }))
  return key
}

// An uncertain publish must never be sent again behind the user's back: it may have arrived.
// The app looks for what arrived instead, and says so.
describe('a publish whose answer is lost', () => {
  it.each([
    ['HTTP 500, not saved', 'status=500', false],
    ['a timeout, saved before it', 'hang;processed', true],
    ['a dropped connection, not saved', 'drop', false],
    ['a dropped connection, saved before it', 'drop;processed', true],
  ])('%s: sent once, then what arrived is checked and said', async (_, fault, arrived) => {
    // A hung publish ends when the client gives up: sooner than 15 s here.
    const client = createApiClient({ ...sandboxConfig, timeoutMs: 2000 })
    const draftKey = saveFinishedDraft(client.accountId)
    const spy = sandboxSpy()
    const { user } = await renderApp('/publish', {
      language: 'en',
      apiClient: client,
      handlers: spy.handlers,
      sandbox: { faults: `${fault};actions=PublishCompShareImage` },
    })
    await user.click(await screen.findByRole('button', { name: 'Publish' }))

    if (arrived) {
      // Found among the account's groups: a publish that worked, and the draft's work is done.
      const done = await screen.findByRole('status', { name: 'Submitted for publishing' })
      expect(done).toHaveTextContent('the check found the version: it arrived once')
      expect(localStorage.getItem(draftKey)).toBeNull()
    } else {
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('It is not certain whether publishing succeeded')
      expect(
        await screen.findByText(/Nothing arrived: v1\.0 is not among your images/),
      ).toBeVisible()
      expect(JSON.parse(localStorage.getItem(draftKey) ?? '{}')).toMatchObject({ values: { name } })
      expect(screen.getByRole('button', { name: 'Publish again' })).toBeEnabled()
      expect(within(alert).getByRole('link', { name: 'My images' })).toHaveAttribute('href', '/my')
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(spy.actions.filter((a) => a === 'PublishCompShareImage')).toHaveLength(1)
  })
})
