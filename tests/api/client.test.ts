import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createApiClient, type ApiClientConfig } from '@/api/client'
import { ApiError } from '@/api/errors'
import { sign } from '@/api/signature'
import { server } from '../support/msw-server'

const credentials = { publicKey: 'pub-key-1234', privateKey: 'priv-key-5678' }

interface Sent {
  url: string
  init: RequestInit
  fields: Record<string, string>
}

/** A client whose fetch answers with `respond` and records what was sent. */
function clientWith(
  respond: (sent: Sent) => Response | Promise<Response>,
  extra: Partial<ApiClientConfig> = {},
) {
  const sent: Sent[] = []
  const client = createApiClient({
    baseUrl: 'https://api.example.test/',
    credentials,
    region: 'cn-wlcb',
    fetch: async (url, init = {}) => {
      const fields = Object.fromEntries(new URLSearchParams(init.body as URLSearchParams))
      const entry = { url: url as string, init, fields }
      sent.push(entry)
      return respond(entry)
    },
    ...extra,
  })
  return { client, sent }
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      'X-UCLOUD-REQUEST-UUID': 'req-1',
      ...init.headers,
    },
  })

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('transport', () => {
  it('POSTs a signed form with Action and Region to the base URL, credentials only in the body', async () => {
    const { client, sent } = clientWith(() => json({ RetCode: 0, Answer: 1 }))
    const answer = await client.call('DescribeCommunityImages', { Tag: ['a', 'b'], Limit: 20 })
    expect(answer).toMatchObject({ RetCode: 0, Answer: 1 })

    const [request] = sent
    expect(request?.url).toBe('https://api.example.test/')
    expect(request?.init.method).toBe('POST')
    expect(new Headers(request?.init.headers).get('Content-Type')).toBe(
      'application/x-www-form-urlencoded',
    )
    expect(request?.url).not.toContain('pub-key')
    const { Signature, ...rest } = request?.fields ?? {}
    expect(rest).toEqual({
      Action: 'DescribeCommunityImages',
      Region: 'cn-wlcb',
      'Tag.0': 'a',
      'Tag.1': 'b',
      Limit: '20',
      PublicKey: 'pub-key-1234',
    })
    expect(Signature).toBe(sign(rest, 'priv-key-5678'))
    expect(JSON.stringify(request?.fields)).not.toContain('priv-key-5678')
  })

  it('accepts RetCode as a string, as the service sometimes sends it', async () => {
    const { client } = clientWith(() => json({ RetCode: '0' }))
    await expect(client.call('X', {})).resolves.toMatchObject({ RetCode: '0' })
  })

  it('reaches a relative base URL on the page origin (the sandbox default)', async () => {
    let seen = ''
    server.use(
      http.post('*/api', ({ request }) => {
        seen = request.url
        return HttpResponse.json({ RetCode: 0 })
      }),
    )
    await createApiClient({ baseUrl: '/api', credentials }).call('X', {})
    expect(seen).toBe(new URL('/api', location.href).href)
  })
})

describe('errors', () => {
  it('RetCode ≠ 0 is an api error with code, message, action and request id', async () => {
    const { client } = clientWith(() => json({ RetCode: 171, Message: 'Signature VerifyAC Error' }))
    const error = await caught(client.call('DescribeCommunityImages', {}))
    expect(error).toMatchObject({
      kind: 'api',
      retCode: 171,
      action: 'DescribeCommunityImages',
      message: 'Signature VerifyAC Error',
      requestId: 'req-1',
    })
  })

  it('a non-2xx answer is an http error with its status, whatever the body', async () => {
    const { client } = clientWith(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    )
    const error = await caught(client.call('X', {}))
    expect(error).toMatchObject({ kind: 'http', status: 502, message: 'Bad Gateway' })
  })

  it('an http error keeps the service message when the body has one', async () => {
    const { client } = clientWith(() =>
      json({ RetCode: 230, Message: 'Request body exceeds 8 MB' }, { status: 413 }),
    )
    const error = await caught(client.call('X', {}))
    expect(error).toMatchObject({
      kind: 'http',
      status: 413,
      message: 'Request body exceeds 8 MB',
      requestId: 'req-1',
    })
  })

  it.each([
    ['not JSON', '<html>'],
    ['truncated JSON', '{"RetCode": 0, "Comp'],
    ['a JSON array', '[1,2]'],
    ['JSON null', 'null'],
    ['no RetCode', '{"Action":"XResponse"}'],
    ['a RetCode that is not a number', '{"RetCode":"oops"}'],
  ])('%s is a parse error', async (_, body) => {
    const { client } = clientWith(() => new Response(body, { status: 200 }))
    const error = await caught(client.call('X', {}))
    expect(error.kind).toBe('parse')
  })

  it('no answer at all is a network error', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await caught(client.call('X', {}))
    expect(error).toMatchObject({
      kind: 'network',
      message: 'Failed to fetch',
      requestId: undefined,
    })
  })

  it('an answer slower than the timeout is a timeout error', async () => {
    const hang = (sent: Sent) =>
      new Promise<Response>((_, reject) => {
        sent.init.signal?.addEventListener('abort', () => reject(sent.init.signal?.reason as Error))
      })
    const { client } = clientWith(hang, { timeoutMs: 20 })
    const error = await caught(client.call('X', {}))
    expect(error).toMatchObject({ kind: 'timeout', action: 'X' })
  })

  it("the caller's own abort is passed through, not turned into an error to show", async () => {
    const hang = (sent: Sent) =>
      new Promise<Response>((_, reject) => {
        sent.init.signal?.addEventListener('abort', () => reject(sent.init.signal?.reason as Error))
      })
    const { client } = clientWith(hang)
    const controller = new AbortController()
    const call = client.call('X', {}, { signal: controller.signal })
    controller.abort()
    const error: unknown = await call.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ApiError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('never lets a key into an error, even when the service echoes it', async () => {
    const { client } = clientWith(() =>
      json({ RetCode: 172, Message: 'user not found: pub-key-1234 / priv-key-5678' }),
    )
    const error = await caught(client.call('X', {}))
    const everything = JSON.stringify({ ...error, message: error.message, stack: error.stack })
    expect(everything).not.toContain('pub-key-1234')
    expect(everything).not.toContain('priv-key-5678')
    expect(error.message).toBe('user not found: *** / ***')
  })
})

describe('accountId', () => {
  it('names the account without revealing its key, and differs per account and endpoint', () => {
    const a = createApiClient({ baseUrl: '/api', credentials })
    const b = createApiClient({
      baseUrl: '/api',
      credentials: { ...credentials, publicKey: 'other-key' },
    })
    const c = createApiClient({ baseUrl: '/compshare-api', credentials })
    expect(a.accountId).toMatch(/^[0-9a-f]{16}$/)
    expect(a.accountId).not.toContain('pub-key')
    expect(new Set([a.accountId, b.accountId, c.accountId]).size).toBe(3)
    expect(createApiClient({ baseUrl: '/api', credentials }).accountId).toBe(a.accountId)
  })
})
