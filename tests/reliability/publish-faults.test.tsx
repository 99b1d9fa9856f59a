import { screen, waitFor, within } from '@testing-library/react'
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
describe('a publish whose answer is lost', () => {
  it.each([
    ['HTTP 500, not saved', 'status=500', false],
    ['a timeout, saved before it', 'hang;processed', true],
    ['a dropped connection, not saved', 'drop', false],
    ['a dropped connection, saved before it', 'drop;processed', true],
  ])('%s: sent once, draft kept, and the user told how to check', async (_, fault, arrived) => {
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

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('It is not certain whether publishing succeeded')
    expect(alert).toHaveTextContent('check My images first')
    const check = within(alert).getByRole('link', { name: 'My images' })
    expect(check).toHaveAttribute('href', '/my')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(spy.actions.filter((a) => a === 'PublishCompShareImage')).toHaveLength(1)
    expect(JSON.parse(localStorage.getItem(draftKey) ?? '{}')).toMatchObject({ values: { name } })
    expect(screen.getByRole('button', { name: 'Publish again' })).toBeEnabled()

    // Checking is what the message says: My images shows whether it arrived.
    await user.click(check)
    await user.click(await screen.findByRole('button', { name: 'Leave' }))
    const published = await screen.findByRole('region', { name: 'My published images' })
    await waitFor(() => expect(within(published).getAllByRole('article').length).toBeGreaterThan(0))
    expect(within(published).queryByRole('article', { name })).toEqual(
      arrived ? expect.anything() : null,
    )
    expect(localStorage.getItem(draftKey)).not.toBeNull()
  })
})
