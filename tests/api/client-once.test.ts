// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createApiClient, requestOnceId } from '@/api/client'
import { ApiError, isTransientError } from '@/api/errors'

const credentials = { publicKey: 'pub-key-1234', privateKey: 'priv-key-5678' }

function clientWith(respond: () => Response) {
  const sent: Headers[] = []
  const client = createApiClient({
    baseUrl: 'https://api.example.test/',
    credentials,
    fetch: (_url, init = {}) => {
      sent.push(new Headers(init.headers))
      return Promise.resolve(respond())
    },
  })
  return { client, sent }
}

const ok = () => new Response('{"RetCode":0}', { headers: { 'Content-Type': 'application/json' } })

describe('CallOptions.once', () => {
  it('sends X-Request-Once with 32 hex digits, a new one for every call', async () => {
    const { client, sent } = clientWith(ok)
    await client.call('PublishCompShareImage', {}, { once: true })
    await client.call('PublishCompShareImage', {}, { once: true })
    await client.call('DescribeCommunityImages', {})
    const [first, second, plain] = sent.map((headers) => headers.get('X-Request-Once'))
    expect(first).toMatch(/^[0-9a-f]{32}$/)
    expect(second).toMatch(/^[0-9a-f]{32}$/)
    expect(second).not.toBe(first)
    expect(plain).toBeNull()
  })

  it('draws ids from crypto.getRandomValues', () => {
    const ids = new Set(Array.from({ length: 1000 }, requestOnceId))
    expect(ids.size).toBe(1000)
  })

  it('turns the guard’s 409 replayed-lost into a network error: it may have arrived', async () => {
    const body = JSON.stringify({
      RetCode: 409001,
      Message: 'already sent once pub-key-1234 priv-key-5678',
    })
    const { client } = clientWith(
      () => new Response(body, { status: 409, headers: { 'X-Request-Once': 'replayed-lost' } }),
    )
    const error = await client
      .call('PublishCompShareImage', {}, { once: true })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'network', action: 'PublishCompShareImage' })
    expect(isTransientError(error)).toBe(true)
    expect(String((error as ApiError).message)).not.toMatch(/pub-key-1234|priv-key-5678/)
  })

  it('leaves any other 409 an HTTP error', async () => {
    const { client } = clientWith(() => new Response('{"Message":"conflict"}', { status: 409 }))
    const error = await client
      .call('PublishCompShareImage', {}, { once: true })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'http', status: 409, message: 'conflict' })
  })
})
