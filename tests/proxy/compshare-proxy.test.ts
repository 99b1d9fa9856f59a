// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
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
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'X-UCLOUD-REQUEST-UUID': requestId,
      })
      res.end(JSON.stringify({ Action: `${fields.get('Action')}Response`, RetCode: 0 }))
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
  it('forwards a signed form to the configured upstream, unchanged', async () => {
    process.env.COMPSHARE_API_UPSTREAM = upstreamUrl
    const { origin, stop } = await start()
    try {
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
    } finally {
      await stop()
    }
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
