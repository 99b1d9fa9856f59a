import { describe, expect, it } from 'vitest'
import { signRequest } from '@/api/signature'
import {
  hangMs,
  maxCachedTagLength,
  maxFields,
  maxLatencyMs,
  maxTagFilters,
  tagCacheEntries,
} from '@/sandbox/bounds'
import { Listings } from '@/sandbox/state/listings'
import { parseFaultSpec } from '@/sandbox/faults/faults'
import { handleHttp } from '@/sandbox/http/http'
import { sandboxHandlers } from '@/sandbox/http/msw-handlers'
import { server } from '../support/msw-server'
import { createTestSandbox, demoAccount } from '../support/sandbox'

/** A form post (signed unless `signed` is false) through the HTTP layer both adapters share. */
function postForm(params: Record<string, unknown>, signed = true) {
  const { sandbox } = createTestSandbox()
  const fields = signed ? signRequest(params, demoAccount) : params
  const body = new URLSearchParams(fields as Record<string, string>).toString()
  const reply = handleHttp(sandbox, {
    method: 'POST',
    pathname: '/api',
    contentType: 'application/x-www-form-urlencoded',
    body: new TextEncoder().encode(body),
  })
  return { status: reply?.status, body: JSON.parse(String(reply?.body)) as Record<string, unknown> }
}

/** Where the list actions are asked about (the service requires Region, and Zone for some). */
const regionAndZone = { Region: 'cn-wlcb', Zone: 'cn-wlcb-01' }

/** `count` fields once signed: Action, Limit, Region, Zone, PublicKey, Signature, Extra.N. */
function withFields(count: number) {
  const extra = Array.from({ length: count - 6 }, (_, i) => `x${i}`)
  return { Action: 'DescribeCommunityImages', Limit: 1, ...regionAndZone, Extra: extra }
}

describe('the number of parameters per request', () => {
  it(`accepts ${maxFields} and refuses one more with RetCode 230, before the signature`, () => {
    expect(postForm(withFields(maxFields)).body).toMatchObject({ RetCode: 0 })
    const refused = postForm(withFields(maxFields + 1))
    expect(refused.status).toBe(200)
    expect(refused.body).toMatchObject({
      Action: 'DescribeCommunityImagesResponse',
      RetCode: 230,
      Message: `Too many parameters: ${maxFields + 1} sent, at most ${maxFields} allowed`,
    })
    const unsigned = Object.fromEntries(Array.from({ length: maxFields + 1 }, (_, i) => [i, i]))
    expect(postForm({ ...unsigned, Action: 'DescribeCommunityImages' }, false).body).toMatchObject({
      RetCode: 230,
    })
  })

  it('counts a nested JSON body once flattened', () => {
    const { sandbox } = createTestSandbox()
    const nested = { Action: 'DescribeCommunityImages', Tag: Array.from({ length: 2000 }, String) }
    const reply = handleHttp(sandbox, {
      method: 'POST',
      pathname: '/api',
      contentType: 'application/json',
      body: new TextEncoder().encode(JSON.stringify(nested)),
    })
    expect(JSON.parse(String(reply?.body))).toMatchObject({ RetCode: 230 })
  })
})

describe('the number of Tag.N filters', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag-${i}`)

  it.each(['DescribeCommunityImages', 'DescribeSelfCommunityImages'])(
    `%s takes ${maxTagFilters} tags and refuses more, naming the parameter and the limit`,
    (action) => {
      const { call } = createTestSandbox()
      expect(call(action, { ...regionAndZone, Tag: tags(maxTagFilters) })).toMatchObject({
        RetCode: 0,
      })
      expect(call(action, { ...regionAndZone, Tag: tags(maxTagFilters + 1) })).toEqual({
        Action: `${action}Response`,
        RetCode: 230,
        Message: `Parameter Tag.N is not valid: at most ${maxTagFilters} tags, got ${maxTagFilters + 1}`,
      })
    },
  )

  it('allows at least as many as the app sends', async () => {
    const { limits } = await import('@/features/browse/browse-search')
    expect(maxTagFilters).toBeGreaterThanOrEqual(limits.tags)
  })
})

describe('the tag membership cache', () => {
  const catalogue = () => new Listings(createTestSandbox().sandbox.state())

  it(`holds at most ${tagCacheEntries} tags however many distinct ones are asked for`, () => {
    const cache = catalogue()
    for (let i = 0; i < tagCacheEntries * 4; i++) cache.tagMembers(`distinct-${i}`)
    expect(cache.tagCacheSize).toBe(tagCacheEntries)
  })

  it('keeps a repeated tag and evicts the least recently used one', () => {
    const cache = catalogue()
    const llm = cache.tagMembers('LLM')
    expect(llm.some((member) => member === 1)).toBe(true)
    const first = cache.tagMembers('first-filler')
    for (let i = 0; i < tagCacheEntries - 2; i++) cache.tagMembers(`filler-${i}`)
    // Full now; asking for LLM again makes the first filler the oldest.
    expect(cache.tagMembers('LLM')).toBe(llm)
    cache.tagMembers('one-more')
    expect(cache.tagCacheSize).toBe(tagCacheEntries)
    expect(cache.tagMembers('LLM')).toBe(llm)
    expect(cache.tagMembers('first-filler')).not.toBe(first)
  })

  it('answers a tag too long to be published without caching it', () => {
    const cache = catalogue()
    const long = 'x'.repeat(maxCachedTagLength + 1)
    expect(cache.tagMembers(long).every((member) => member === 0)).toBe(true)
    expect(cache.tagCacheSize).toBe(0)
  })
})

describe('fault durations', () => {
  it(`caps latency at ${maxLatencyMs} ms, no longer than a hang (${hangMs} ms)`, () => {
    expect(maxLatencyMs).toBeLessThanOrEqual(hangMs)
    expect(parseFaultSpec(`latency=${maxLatencyMs}`)?.latencyMs).toBe(maxLatencyMs)
    expect(() => parseFaultSpec(`latency=${maxLatencyMs + 1}`)).toThrow(
      `latency must be a number from 0 to ${maxLatencyMs}`,
    )
  })

  it('ends a hang under MSW by itself after the cap: a network error', async () => {
    const { sandbox } = createTestSandbox()
    server.use(...sandboxHandlers(sandbox, { hangMs: 150 }))
    const started = performance.now()
    const answer = fetch(new URL('/api', location.href), {
      method: 'POST',
      headers: { 'X-Sandbox-Fault': 'hang' },
      body: new URLSearchParams(signRequest({ Action: 'DescribeCompShareImageTags' }, demoAccount)),
    })
    await expect(answer).rejects.toThrow(TypeError)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })
})
