// @vitest-environment node
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { ApiError } from '@/api/errors'
import { signRequest } from '@/api/signature'
import { createRandom } from '@/sandbox/seed/random'
import { serveSandbox, type RunningSandbox } from '@/sandbox/http/serve'
import { server as msw } from '../support/msw-server'
import { viteInFrontOf } from '../support/vite-proxy'
import { createTestSandbox, demoAccount, where } from '../support/sandbox'

// Real sockets: MSW must not stand in for them here.
beforeAll(() => msw.close())

const running: RunningSandbox[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

async function start(faults: string | null = null) {
  const random = createRandom(1)
  const test = createTestSandbox({ faults, faultRandom: () => random.next() })
  const served = await serveSandbox(test.sandbox)
  running.push(served)
  return { ...test, url: served.url }
}

function post(url: string, params: Record<string, unknown>, fault?: string) {
  return fetch(`${url}/api`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(fault === undefined ? {} : { 'X-Sandbox-Fault': fault }),
    },
    body: new URLSearchParams(signRequest({ ...where, ...params }, demoAccount)).toString(),
  })
}

/** What the app's API module makes of one call. */
async function callError(url: string, timeoutMs = 15_000): Promise<ApiError> {
  const client = createApiClient({ baseUrl: `${url}/api`, credentials: demoAccount, timeoutMs })
  const error: unknown = await client
    .call('DescribeCompShareImageTags', {})
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const tags = { Action: 'DescribeCompShareImageTags' }

describe('faults over real HTTP', () => {
  it('drops the connection without an answer: the client sees a network failure', async () => {
    const { url } = await start('drop')
    await expect(post(url, tags)).rejects.toThrow(TypeError)
    expect((await callError(url)).kind).toBe('network')
  })

  it('hangs until the client gives up; other requests are answered meanwhile', async () => {
    const { url } = await start('hang;actions=DescribeCompShareImageTags')
    const started = performance.now()
    const hung = callError(url, 300)
    const other = await post(url, { Action: 'DescribeCommunityImages', Limit: 1 })
    expect(await other.json()).toMatchObject({ RetCode: 0 })
    expect((await hung).kind).toBe('timeout')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    // afterEach closes the server with the hung request still open: that must not wait.
  })

  it('truncates the JSON: HTTP 200 with half a body, which the client calls unreadable', async () => {
    const { url } = await start('malformed=truncated')
    const response = await post(url, tags)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text.startsWith('{"Action":"DescribeCompShareImageTagsResponse"')).toBe(true)
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
    expect((await callError(url)).kind).toBe('parse')
  })

  it('answers 500, 502 or 503 for the chosen share, and recovers when cleared', async () => {
    const { url, sandbox } = await start('status=5xx;rate=0.5')
    const statuses = []
    for (let i = 0; i < 30; i++) statuses.push((await post(url, tags)).status)
    expect(new Set(statuses)).toEqual(new Set([200, 500, 502, 503]))
    sandbox.faults.clear()
    expect((await post(url, tags)).status).toBe(200)
  })

  it('adds latency', async () => {
    const { url } = await start('latency=150')
    const started = performance.now()
    expect((await post(url, tags)).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(145)
  })

  it('with `processed`, the publish is saved although its answer is lost', async () => {
    const { url, call } = await start()
    const images = call('DescribeCompShareCustomImages').ImageSet as {
      CompShareImageId: string
      Status: string
      Container: string
    }[]
    const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
    const publish = {
      Action: 'PublishCompShareImage',
      CompShareImageId: image?.CompShareImageId,
      CommunityImageName: 'Arrived after all',
      VersionName: 'v1.0',
    }
    await expect(post(url, publish, 'drop;processed')).rejects.toThrow(TypeError)
    await expect(
      post(url, { ...publish, CommunityImageName: 'Never arrived' }, 'drop'),
    ).rejects.toThrow(TypeError)
    const names = (
      call('DescribeSelfCommunityImages', { Limit: 100 }).CompshareImageGroup as {
        ImageName: string
      }[]
    ).map((g) => g.ImageName)
    expect(names).toContain('Arrived after all')
    expect(names).not.toContain('Never arrived')
  })

  it('takes a per-request header over the server faults, and refuses a bad one', async () => {
    const { url } = await start('status=503')
    expect((await post(url, tags)).status).toBe(503)
    expect((await post(url, tags, 'off')).status).toBe(200)
    expect((await post(url, tags, 'retcode=172')).status).toBe(200)
    expect(await (await post(url, tags, 'retcode=172')).json()).toMatchObject({
      Action: 'DescribeCompShareImageTagsResponse',
      RetCode: 172,
    })
    const bad = await post(url, tags, 'status=418')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      RetCode: 230,
      Message: 'X-Sandbox-Fault: status must be 500, 502, 503 or 5xx, not "418"',
    })
  })
})

describe('the X-Sandbox-Fault header and the /compshare-api proxy', () => {
  const arrivals: IncomingHttpHeaders[] = []
  const upstream = createHttpServer((req, res) => {
    arrivals.push(req.headers)
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"RetCode":0}')
  })
  afterAll(() => new Promise<void>((done) => upstream.close(() => done())))

  it('is honoured by the dev sandbox and never passed on to the real service', async () => {
    const vite = await viteInFrontOf(upstream, '/')
    try {
      const origin = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`
      expect((await post(origin, tags, 'status=502')).status).toBe(502)
      const proxied = await fetch(`${origin}/compshare-api`, {
        method: 'POST',
        headers: { 'X-Sandbox-Fault': 'drop', 'X-Other': 'kept' },
        body: 'Action=DescribeCompShareImageTags',
      })
      expect(proxied.status).toBe(200)
      expect(arrivals).toHaveLength(1)
      expect(arrivals[0]?.['x-other']).toBe('kept')
      expect(arrivals[0]).not.toHaveProperty('x-sandbox-fault')
    } finally {
      await vite.close()
    }
  })
})
