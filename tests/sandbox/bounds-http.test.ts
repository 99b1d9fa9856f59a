// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, preview } from 'vite'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signRequest } from '@/api/signature'
import {
  compshareSandbox,
  sandboxMiddleware,
  type MiddlewareOptions,
} from '@/sandbox/http/vite-plugin'
import { server as msw } from '../support/msw-server'
import { createTestSandbox, demoAccount } from '../support/sandbox'

// Real sockets: MSW must not stand in for them here.
beforeAll(() => msw.close())

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** The plugin's middleware alone on a port; `passedOn` records what reached the next handler. */
async function serve(options: MiddlewareOptions, faults: string | null = null) {
  const { sandbox } = createTestSandbox({ faults })
  const middleware = sandboxMiddleware(sandbox, options)
  const passedOn: IncomingHttpHeaders[] = []
  const http: Server = createServer((req, res) =>
    middleware(req, res, () => {
      passedOn.push(req.headers)
      res.writeHead(404).end()
    }),
  )
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  cleanups.push(() => {
    http.closeAllConnections()
    return new Promise((done) => http.close(() => done()))
  })
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, passedOn }
}

function post(url: string, fault?: string) {
  return fetch(`${url}/api`, {
    method: 'POST',
    headers: fault === undefined ? {} : { 'X-Sandbox-Fault': fault },
    body: new URLSearchParams(signRequest({ Action: 'DescribeCompShareImageTags' }, demoAccount)),
  })
}

describe('a middleware without faults (vite preview)', () => {
  it('ignores X-Sandbox-Fault and the sandbox’s own faults, and still strips the header', async () => {
    const { url, passedOn } = await serve({ faults: false }, 'drop')
    for (const fault of [undefined, 'status=503', 'hang', 'status=418']) {
      const answer = await post(url, fault)
      expect(answer.status).toBe(200)
      expect(await answer.json()).toMatchObject({ RetCode: 0 })
    }
    await fetch(`${url}/compshare-api`, { method: 'POST', headers: { 'X-Sandbox-Fault': 'drop' } })
    expect(passedOn).toHaveLength(1)
    expect(passedOn[0]).not.toHaveProperty('x-sandbox-fault')
  })

  it('is what vite preview runs: SANDBOX_FAULT_* ignored, even invalid, with one warning', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sandbox-bounds-'))
    mkdirSync(join(root, 'dist'))
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>app</title>')
    process.env.SANDBOX_FAULT_STATUS = '503'
    // Not read at all: a value dev would refuse cannot keep preview from starting.
    process.env.SANDBOX_FAULT_RATE = 'often'
    const warnings: string[] = []
    const logger = createLogger('silent')
    logger.warn = (message) => void warnings.push(message)
    cleanups.push(() => rmSync(root, { recursive: true, force: true }))
    const server = await preview({
      configFile: false,
      root,
      customLogger: logger,
      plugins: [compshareSandbox({ dataDir: null })],
      build: { outDir: join(root, 'dist') },
      preview: { host: '127.0.0.1', port: 0 },
    }).finally(() => {
      delete process.env.SANDBOX_FAULT_STATUS
      delete process.env.SANDBOX_FAULT_RATE
    })
    cleanups.push(() => server.close())
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`
    expect((await post(url)).status).toBe(200)
    expect((await post(url, 'status=502')).status).toBe(200)
    expect(warnings).toEqual([
      'SANDBOX_FAULT_STATUS, SANDBOX_FAULT_RATE ignored: faults are injected only by `npm run dev` and tests',
    ])
  })
})

describe('a hang', () => {
  it('drops the connection by itself once the cap has passed', async () => {
    const { url } = await serve({ faults: true, hangMs: 200 })
    const started = performance.now()
    await expect(post(url, 'hang')).rejects.toThrow(TypeError)
    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(190)
    expect(waited).toBeLessThan(5000)
    // The server is fine afterwards.
    expect((await post(url)).status).toBe(200)
  })
})
