import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { useMutation, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { ApiError, apiErrorMessageKey, retCodeMessageKeys, shouldRetryRead } from '@/api/errors'
import { AppProviders } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { ApiErrorMessage } from '@/components/api-error-message'
import { en } from '@/i18n/en'
import { initI18n } from '@/i18n/i18n'
import { zh } from '@/i18n/zh'
import { useApiClient } from '@/lib/api-client-context'
import { imageQueries } from '@/lib/image-queries'
import { myMutations } from '@/lib/my-queries'
import { server } from '../support/msw-server'

const error = (init: Partial<ApiError> & Pick<ApiError, 'kind'>) =>
  new ApiError({ action: 'X', message: 'm', ...init })

describe('shouldRetryRead', () => {
  it.each([
    ['network', error({ kind: 'network' }), true],
    ['timeout', error({ kind: 'timeout' }), true],
    ['HTTP 500', error({ kind: 'http', status: 500 }), true],
    ['HTTP 503', error({ kind: 'http', status: 503 }), true],
    ['HTTP 404', error({ kind: 'http', status: 404 }), false],
    ['HTTP 413', error({ kind: 'http', status: 413 }), false],
    ['RetCode 230', error({ kind: 'api', retCode: 230 }), false],
    ['RetCode 171', error({ kind: 'api', retCode: 171 }), false],
    ['parse', error({ kind: 'parse' }), false],
    ['a plain Error', new Error('x'), false],
  ])('%s → %s', (_, e, expected) => {
    expect(shouldRetryRead(0, e)).toBe(expected)
  })

  it('gives up after two retries', () => {
    expect(shouldRetryRead(1, error({ kind: 'network' }))).toBe(true)
    expect(shouldRetryRead(2, error({ kind: 'network' }))).toBe(false)
  })
})

describe('RetCode → message table', () => {
  const lookup = (catalogue: unknown, key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue)

  it('has a distinct message in both languages for every mapped code and kind', () => {
    const keys = [
      ...Object.values(retCodeMessageKeys),
      ...(['api', 'http', 'network', 'timeout', 'parse'] as const).map((kind) =>
        apiErrorMessageKey(error({ kind })),
      ),
    ]
    for (const key of keys) {
      expect(typeof lookup(zh, key), key).toBe('string')
      expect(typeof lookup(en, key), key).toBe('string')
    }
    expect(new Set(keys.map((key) => lookup(en, key))).size).toBe(keys.length)
  })

  it('an unmapped RetCode falls back to a general message, keeping the code', () => {
    expect(apiErrorMessageKey(error({ kind: 'api', retCode: 999999 }))).toBe(
      'apiErrors.unknownRetCode',
    )
  })
})

describe('ApiErrorMessage', () => {
  it('explains the error in the user language with code and request id for support', async () => {
    await initI18n('zh')
    render(
      <ApiErrorMessage
        error={error({
          kind: 'api',
          retCode: 171,
          requestId: 'req-7',
          message: 'Signature VerifyAC Error',
        })}
      />,
    )
    expect(screen.getByText(/签名校验失败/)).toBeInTheDocument()
    expect(
      screen.getByText('错误码 171 · 请求 ID:req-7 · Signature VerifyAC Error'),
    ).toBeInTheDocument()
  })

  it('names the HTTP status', async () => {
    await initI18n('en')
    render(<ApiErrorMessage error={error({ kind: 'http', status: 503 })} />)
    expect(screen.getByText(/unavailable right now \(HTTP 503\)/)).toBeInTheDocument()
  })
})

describe('retry rules through React Query (the app client, retries on)', () => {
  function countRequests(respond: () => Response) {
    const actions: string[] = []
    server.use(
      http.post('*/api', async ({ request }) => {
        actions.push(new URLSearchParams(await request.text()).get('Action') ?? '')
        return respond()
      }),
    )
    return actions
  }

  function mount(ui: React.ReactNode) {
    const queryClient = createQueryClient()
    // Keep the real retry rule, without the real back-off delay.
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 1 },
    })
    return render(
      <AppProviders queryClient={queryClient} apiClient={createApiClient(sandboxConfig)}>
        {ui}
      </AppProviders>,
    )
  }

  function List() {
    const query = useQuery(imageQueries.list(useApiClient(), {}))
    return <p>{query.status}</p>
  }

  it('a read is retried on a 503, then fails', async () => {
    await initI18n('en')
    const actions = countRequests(() => new HttpResponse('down', { status: 503 }))
    mount(<List />)
    expect(await screen.findByText('error')).toBeInTheDocument()
    expect(actions).toEqual([
      'DescribeCommunityImages',
      'DescribeCommunityImages',
      'DescribeCommunityImages',
    ])
  })

  it('a read is never retried on a RetCode', async () => {
    await initI18n('en')
    const actions = countRequests(() => HttpResponse.json({ RetCode: 230, Message: 'Limit' }))
    mount(<List />)
    expect(await screen.findByText('error')).toBeInTheDocument()
    expect(actions).toHaveLength(1)
  })

  it('publishing is sent once and never retried, even on a 503', async () => {
    await initI18n('en')
    const actions = countRequests(() => new HttpResponse('down', { status: 503 }))
    function Publish() {
      const mutation = useMutation(myMutations.publish(useApiClient()))
      return (
        <>
          <button
            type="button"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ imageId: 'img-1', versionName: 'v1.0' })}
          >
            publish
          </button>
          <p>{mutation.status}</p>
        </>
      )
    }
    mount(<Publish />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'publish' }))
    expect(await screen.findByText('error')).toBeInTheDocument()
    expect(actions).toEqual(['PublishCompShareImage'])
  })
})

describe('module boundaries', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )

  it('src/api imports nothing of React, the UI or the features', () => {
    for (const file of files('src/api')) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1])
      for (const source of imports) {
        expect(source, file).not.toMatch(
          /^(react|react-dom|@tanstack|@\/(app|features|components|lib|i18n|sandbox))/,
        )
      }
    }
  })
})
