// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  createServer,
  preview,
  type InlineConfig,
  type PreviewServer,
  type ViteDevServer,
} from 'vite'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { signRequest } from '@/api/signature'
import { server as msw } from '../support/msw-server'

/**
 * The dev and preview servers forward /compshare-api to COMPSHARE_API_UPSTREAM. A plain HTTP
 * server plays the upstream and records what arrives, so these tests see exactly what
 * api.compshare.cn would.
 */

interface Arrival {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

const configFile = resolve(import.meta.dirname, '../../vite.config.ts')
const credentials = { publicKey: 'proxy-test-public', privateKey: 'proxy-test-private' }
const requestId = '3a1f0d6e-5b7c-4e1a-9d2f-0c8b7a6e5d4c'

/**
 * What an upstream (or a CDN in front of it) may add to its answer. None of it is meant for the
 * app's origin: a cookie would be set there, `*` would open the app's answers to every site,
 * HSTS would pin the app's host to HTTPS, `WWW-Authenticate` would make the browser ask for a
 * password, `Clear-Site-Data` would wipe remembered keys, `NEL` would send the origin's network
 * errors to the upstream's collector, `X-Request-Once` is the app server's own word (ADR 0019).
 */
const upstreamExtras = {
  'Set-Cookie': ['upstream-session=abc; Path=/; HttpOnly', 'tracking=1; Path=/'],
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Expose-Headers': '*',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Content-Security-Policy': 'default-src *',
  'WWW-Authenticate': 'Basic realm="upstream"',
  Location: '/elsewhere',
  Refresh: '0; url=https://upstream.example/',
  Link: '<https://upstream.example/x.js>; rel=preload; as=script',
  'Alt-Svc': 'h3=":443"; ma=86400',
  'Clear-Site-Data': '"storage"',
  NEL: '{"report_to":"upstream","max_age":86400}',
  'Report-To':
    '{"group":"upstream","max_age":86400,"endpoints":[{"url":"https://upstream.example/r"}]}',
  'Reporting-Endpoints': 'upstream="https://upstream.example/r"',
  'Cache-Control': 'public, max-age=86400',
  'X-Powered-By': 'upstream',
  Server: 'upstream/1.0',
  'X-Request-Once': 'replayed-lost',
  'X-Anything': 'from the upstream',
}

let upstream: Server
let upstreamUrl: string
const arrivals: Arrival[] = []
let emptyDist: string

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function close(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()))
}

beforeAll(async () => {
  // MSW patches Node's http and fetch for the jsdom suites; here the requests must be real.
  msw.close()
  upstream = createHttpServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      arrivals.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      })
      const fields = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
      const json = JSON.stringify({ Action: `${fields.get('Action')}Response`, RetCode: 0 })
      // Like the real service's edge: compressed when the client says it can take it.
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      const answer = gzip ? gzipSync(json) : Buffer.from(json)
      res.writeHead(200, {
        ...upstreamExtras,
        'Content-Type': 'application/json',
        'Content-Length': answer.length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        'X-UCLOUD-REQUEST-UUID': requestId,
      })
      res.end(answer)
    })
  })
  upstreamUrl = await listen(upstream)
  emptyDist = mkdtempSync(join(tmpdir(), 'compshare-proxy-'))
})

afterAll(async () => {
  await close(upstream)
  rmSync(emptyDist, { recursive: true, force: true })
})

afterEach(() => {
  arrivals.length = 0
  delete process.env.COMPSHARE_API_UPSTREAM
  delete process.env.FORCE_FETCH_PATH
})

/** A form exactly as the app sends it: nested fields, Chinese text, signed. */
function signedForm(): string {
  return new URLSearchParams(
    signRequest(
      {
        Action: 'DescribeCommunityImages',
        Region: 'cn-wlcb',
        FuzzySearch: '大模型 & ComfyUI',
        Tag: ['LLM', '中文'],
        SortCondition: { Field: 'PubTime', ASC: false },
        Limit: 20,
      },
      credentials,
    ),
  ).toString()
}

// Only what the tests need from the servers; no dependency optimiser, watcher or browser app.
const quiet: InlineConfig = {
  logLevel: 'silent',
  optimizeDeps: { noDiscovery: true, include: [] },
}

async function startDev(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    configFile,
    ...quiet,
    server: { port: 0, host: '127.0.0.1', strictPort: false, watch: null, hmr: false },
  })
  await server.listen()
  const port = (server.httpServer?.address() as AddressInfo).port
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

async function startPreview(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile,
    ...quiet,
    build: { outDir: emptyDist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  const port = (server.httpServer.address() as AddressInfo).port
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

describe.each([
  ['vite dev', startDev],
  ['vite preview', startPreview],
])('%s proxies /compshare-api', (_, start) => {
  /** Starts the server against the local upstream, runs `check` with its origin, stops it. */
  async function through(check: (origin: string) => Promise<void>) {
    process.env.COMPSHARE_API_UPSTREAM = upstreamUrl
    const { origin, stop } = await start()
    try {
      await check(origin)
    } finally {
      await stop()
    }
  }

  it('forwards a signed form to the configured upstream, unchanged', async () => {
    await through(async (origin) => {
      const body = signedForm()
      const response = await fetch(`${origin}/compshare-api`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: origin,
          Cookie: 'other-local-app=session-secret',
          // The sandbox's fault header must never reach the real service.
          'X-Sandbox-Fault': 'status=500',
        },
        body,
      })
      expect(response.status).toBe(200)
      // The answer comes back as the upstream gave it, request id included.
      expect(response.headers.get('X-UCLOUD-REQUEST-UUID')).toBe(requestId)
      expect(await response.json()).toEqual({
        Action: 'DescribeCommunityImagesResponse',
        RetCode: 0,
      })

      expect(arrivals).toHaveLength(1)
      const [arrival] = arrivals
      expect(arrival?.method).toBe('POST')
      expect(arrival?.url).toBe('/')
      expect(arrival?.headers['content-type']).toBe('application/x-www-form-urlencoded')
      expect(arrival?.body.toString('utf8')).toBe(body)
      // changeOrigin: the upstream sees itself as the host, not the dev server.
      expect(arrival?.headers.host).toBe(new URL(upstreamUrl).host)
      // Nothing of the browser's own context travels on.
      expect(arrival?.headers.cookie).toBeUndefined()
      expect(arrival?.headers.origin).toBeUndefined()
      expect(arrival?.headers['x-sandbox-fault']).toBeUndefined()
    })
  })

  /** The headers the upstream may see: the allow-list, plus Host and Connection of the hop. */
  const forwarded = ['accept', 'accept-encoding', 'connection', 'content-length', 'content-type']

  /** Everything a browser, an extension, basic auth or another proxy may put on a request. */
  const browserExtras = {
    Authorization: `Basic ${Buffer.from('site-user:site-password').toString('base64')}`,
    'Proxy-Authorization': `Basic ${Buffer.from('proxy-user:proxy-password').toString('base64')}`,
    'X-Forwarded-For': '203.0.113.7',
    'X-Forwarded-Host': 'intranet.example',
    'X-Forwarded-Proto': 'https',
    'X-Real-IP': '203.0.113.7',
    Forwarded: 'for=203.0.113.7;host=intranet.example',
    Cookie: 'other-local-app=session-secret',
    Origin: 'http://127.0.0.1:1',
    Referer: 'http://127.0.0.1:1/settings?tab=keys',
    'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0',
    'Accept-Language': 'zh-CN,zh;q=0.9',
    'Sec-Fetch-Site': 'same-origin',
    'X-Sandbox-Fault': 'status=500',
    'X-Request-Once': '0123456789abcdef0123456789abcdef',
    'X-Anything': 'an extension was here',
  }

  it('forwards the allow-listed request headers only, the form intact', async () => {
    await through(async (origin) => {
      const body = signedForm()
      const response = await fetch(`${origin}/compshare-api`, {
        method: 'POST',
        headers: {
          ...browserExtras,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          'Accept-Encoding': 'gzip',
        },
        body,
      })
      expect(response.status).toBe(200)
      expect(arrivals).toHaveLength(1)
      const [arrival] = arrivals
      expect(Object.keys(arrival?.headers ?? {}).sort()).toEqual([...forwarded, 'host'].sort())
      expect(arrival?.headers).toEqual({
        host: new URL(upstreamUrl).host,
        connection: 'close',
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        accept: 'application/json',
        'accept-encoding': 'gzip',
      })
      expect(arrival?.body.toString('utf8')).toBe(body)
    })
  })

  it('forwards no other header when the request expects 100-continue', async () => {
    // http-proxy emits `proxyReq` only for requests without `Expect`; the filter must not
    // depend on that event.
    await through(async (origin) => {
      const body = signedForm()
      const status = await new Promise<number | undefined>((done, fail) => {
        const request = httpRequest(`${origin}/compshare-api`, {
          method: 'POST',
          headers: {
            ...browserExtras,
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': Buffer.byteLength(body),
            Expect: '100-continue',
          },
        })
        request.on('continue', () => request.end(body))
        request.on('response', (response) => {
          response.resume()
          response.on('end', () => done(response.statusCode))
        })
        request.on('error', fail)
      })
      expect(status).toBe(200)
      const [arrival] = arrivals
      expect(Object.keys(arrival?.headers ?? {}).sort()).toEqual(
        ['connection', 'content-length', 'content-type', 'host'].sort(),
      )
      expect(arrival?.body.toString('utf8')).toBe(body)
    })
  })

  it('forwards no other header on http-proxy’s fetch path either', async () => {
    // http-proxy-3 sends with fetch() instead of node:http when this is set, and emits no
    // `proxyReq` on that path.
    process.env.FORCE_FETCH_PATH = 'true'
    await through(async (origin) => {
      const body = signedForm()
      const response = await fetch(`${origin}/compshare-api`, {
        method: 'POST',
        headers: { ...browserExtras, 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      })
      expect(response.status).toBe(200)
      const [arrival] = arrivals
      // fetch() adds defaults of its own (`user-agent: node`, `accept-language: *`), but
      // nothing the client sent besides the form's type and length gets through.
      const values = Object.values(arrival?.headers ?? {})
      for (const value of Object.values(browserExtras)) expect(values).not.toContain(value)
      expect(arrival?.headers.authorization).toBeUndefined()
      expect(arrival?.headers.cookie).toBeUndefined()
      // The answer is cut on this path too.
      expect(response.headers.get('X-UCLOUD-REQUEST-UUID')).toBe(requestId)
      expect(response.headers.get('Set-Cookie')).toBeNull()
      // Vite's own CORS middleware answers a localhost Origin; the service's `*` stays out.
      expect(response.headers.get('Access-Control-Allow-Origin')).not.toBe('*')
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull()
      expect(arrival?.headers['content-type']).toBe('application/x-www-form-urlencoded')
      expect(arrival?.body.toString('utf8')).toBe(body)
    })
  })

  it('returns the allow-listed response headers only', async () => {
    await through(async (origin) => {
      const response = await fetch(`${origin}/compshare-api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Encoding': 'gzip' },
        body: signedForm(),
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('X-UCLOUD-REQUEST-UUID')).toBe(requestId)
      expect(response.headers.get('Content-Type')).toBe('application/json')
      // The body passes through as the upstream encoded it, so its encoding must come along.
      expect(response.headers.get('Content-Encoding')).toBe('gzip')
      expect(await response.json()).toEqual({
        Action: 'DescribeCommunityImagesResponse',
        RetCode: 0,
      })
      const names = [...response.headers.keys()]
      for (const name of Object.keys(upstreamExtras))
        expect(names).not.toContain(name.toLowerCase())
      // What remains is the allow-list and what this server says itself: its connection and
      // date, and `Vary: Origin` from Vite's own CORS middleware.
      expect(names.sort()).toEqual(
        [
          'connection',
          'content-encoding',
          'content-length',
          'content-type',
          'date',
          'vary',
          'x-ucloud-request-uuid',
        ].sort(),
      )
      expect(response.headers.get('Vary')).toBe('Origin')
    })
  })
})

describe('the proxy path', () => {
  it('keeps a query string and a sub-path, and leaves look-alike paths alone', async () => {
    process.env.COMPSHARE_API_UPSTREAM = upstreamUrl
    const { origin, stop } = await startDev()
    try {
      const post = (path: string) =>
        fetch(`${origin}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'Action=DescribeCompShareImageTags',
        })
      expect((await post('/compshare-api?Action=X')).status).toBe(200)
      expect((await post('/compshare-api/v1')).status).toBe(200)
      await post('/compshare-apix')
      expect(arrivals.map((arrival) => arrival.url)).toEqual(['/?Action=X', '/v1'])
    } finally {
      await stop()
    }
  })

  it('keeps the base path of an upstream that has one', async () => {
    process.env.COMPSHARE_API_UPSTREAM = `${upstreamUrl}/mirror/compshare`
    const { origin, stop } = await startPreview()
    try {
      const post = (path: string) =>
        fetch(`${origin}${path}`, { method: 'POST', body: 'Action=DescribeCompShareImageTags' })
      expect((await post('/compshare-api')).status).toBe(200)
      expect((await post('/compshare-api?a=1')).status).toBe(200)
      expect(arrivals.map((arrival) => arrival.url)).toEqual([
        '/mirror/compshare',
        '/mirror/compshare?a=1',
      ])
    } finally {
      await stop()
    }
  })

  it('carries the app client’s own request through, and its answer back', async () => {
    process.env.COMPSHARE_API_UPSTREAM = upstreamUrl
    const { origin, stop } = await startDev()
    try {
      // The real client, as the app builds it in CompShare mode (an absolute URL: no page here).
      const client = createApiClient({
        baseUrl: `${origin}/compshare-api`,
        credentials,
        region: 'cn-sh2',
      })
      const answer = await client.call('DescribeCompShareCustomImages', { Limit: 1 })
      expect(answer.RetCode).toBe(0)
      const fields = new URLSearchParams(arrivals[0]?.body.toString('utf8'))
      expect(Object.fromEntries(fields)).toEqual(
        signRequest(
          { Limit: 1, Action: 'DescribeCompShareCustomImages', Region: 'cn-sh2' },
          credentials,
        ),
      )
    } finally {
      await stop()
    }
  })
})
