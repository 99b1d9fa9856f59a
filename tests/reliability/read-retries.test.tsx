import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'

// docs/decisions/0008: a read is retried twice on no answer, a timeout or a 5xx, and never on
// a RetCode or an answer that cannot be read. Counted here as the sandbox received them.
describe('which failed reads the app tries again', () => {
  it.each([
    ['HTTP 503', 'status=503', 3, 'The service is unavailable right now (HTTP 503)'],
    ['HTTP 500/502/503', 'status=5xx', 3, 'The service is unavailable right now (HTTP 50'],
    ['a dropped connection', 'drop', 3, 'The service cannot be reached'],
    ['no answer (timeout)', 'hang', 3, 'The service took too long to answer'],
    ['a RetCode', 'retcode=230', 1, 'A value is missing or not valid'],
    ['an answer that is not JSON', 'malformed=garbage', 1, 'answered with something unexpected'],
    ['truncated JSON', 'malformed=truncated', 1, 'answered with something unexpected'],
  ])('%s (%s): %i attempt(s) in all', async (_, fault, attempts, message) => {
    const spy = sandboxSpy()
    await renderApp('/', {
      language: 'en',
      appRetries: true,
      handlers: spy.handlers,
      sandbox: { faults: `${fault};actions=DescribeCommunityImages` },
      // A hung request ends when the client gives up: sooner than 15 s here.
      apiClient: createApiClient({ ...sandboxConfig, timeoutMs: fault === 'hang' ? 800 : 15_000 }),
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The image list could not be loaded')
    expect(alert).toHaveTextContent(message)
    // Nothing more is sent once the error shows (the recovery interval is 5 s away).
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(spy.actions.filter((action) => action === 'DescribeCommunityImages')).toHaveLength(
      attempts,
    )
  })
})
