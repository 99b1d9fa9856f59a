// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { http, passthrough } from 'msw'
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signRequest, type Credentials } from '@/api/signature'
import { resetSandbox } from '@/sandbox/state/reset'
import { compshareSandbox } from '@/sandbox/http/vite-plugin'
import { stateFormat } from '@/sandbox/types'
import { server as msw } from '../support/msw-server'
import {
  createTestClock,
  demoAccount,
  sandboxEpoch,
  where,
  type TestClock,
} from '../support/sandbox'

const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

let dataDir: string
let clock: TestClock
const servers: (ViteDevServer | PreviewServer)[] = []

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sandbox-http-'))
  clock = createTestClock()
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer))
  rmSync(dataDir, { recursive: true, force: true })
})

function closeServer(s: ViteDevServer | PreviewServer): Promise<void> {
  return s.close()
}

function plugin() {
  return compshareSandbox({ dataDir, now: clock.now, epoch: sandboxEpoch, reviewSeconds: 30 })
}

/** A real Vite dev server with only the sandbox plugin, on a free port. */
async function startDev(): Promise<string> {
  const vite = await createServer({
    configFile: false,
    root: dataDir,
    logLevel: 'silent',
    plugins: [plugin()],
    server: { host: '127.0.0.1', port: 0, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  await vite.listen()
  servers.push(vite)
  return origin(vite)
}

function origin(s: ViteDevServer | PreviewServer): string {
  const address = s.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('server has no port')
  const base = `http://127.0.0.1:${address.port}`
  // These tests talk to a real server: let its requests through the suite's MSW guard.
  msw.use(http.all(`${base}/*`, () => passthrough()))
  return base
}

async function post(
  base: string,
  params: Record<string, unknown>,
  credentials: Credentials = demoAccount,
) {
  const response = await fetch(`${base}/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(signRequest({ ...where, ...params }, credentials)).toString(),
  })
  return { response, body: (await response.json()) as Record<string, unknown> }
}

describe('the Vite plugin over real HTTP', () => {
  it('answers signed form posts like the real service, with a request id', async () => {
    const base = await startDev()
    const { response, body } = await post(base, { Action: 'DescribeCommunityImages', Limit: 3 })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('x-ucloud-request-uuid')).toMatch(/^[0-9a-f-]{36}$/)
    expect(body).toMatchObject({ Action: 'DescribeCommunityImagesResponse', RetCode: 0 })
    expect(body.CompshareImageGroup).toHaveLength(3)
    // fetch asks for gzip and unpacks it; the page of readmes travels compressed.
    expect(response.headers.get('content-encoding')).toBe('gzip')

    const again = await post(base, { Action: 'DescribeCommunityImages', Limit: 3 })
    expect(again.response.headers.get('x-ucloud-request-uuid')).not.toBe(
      response.headers.get('x-ucloud-request-uuid'),
    )
    const unsigned = await fetch(`${base}/api`, {
      method: 'POST',
      body: 'Action=DescribeCommunityImages',
    })
    expect(unsigned.status).toBe(200)
    expect(await unsigned.json()).toMatchObject({ RetCode: 170 })
  })

  it('accepts a JSON body, nested or flat, under the same signature rules', async () => {
    const base = await startDev()
    const signed = signRequest(
      { ...where, Action: 'DescribeCommunityImages', Tag: ['LLM'], Limit: 1 },
      demoAccount,
    )
    const nested = { ...signed, Tag: ['LLM'] } as Record<string, unknown>
    delete nested['Tag.0']
    for (const body of [signed, nested]) {
      const response = await fetch(`${base}/api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(await response.json()).toMatchObject({
        RetCode: 0,
        TotalCount: expect.any(Number) as unknown,
      })
    }
    const broken = await fetch(`${base}/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Action":',
    })
    expect(await broken.json()).toMatchObject({ RetCode: 230 })
  })

  it('refuses bodies over 8 MB with 413, other methods with 405, foreign origins with 403', async () => {
    const base = await startDev()
    const big = await fetch(`${base}/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `Action=PublishCompShareImage&Cover=${'A'.repeat(8 * 1024 * 1024)}`,
    })
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ RetCode: 230, Message: 'Request body exceeds 8 MB' })
    expect(big.headers.get('x-ucloud-request-uuid')).toBeTruthy()

    const get = await fetch(`${base}/api`)
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')

    const { status } = await fetch(`${base}/api`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
      body: 'Action=DescribeCommunityImages',
    })
    expect(status).toBe(403)
    // The server is still fine afterwards.
    expect((await post(base, { Action: 'DescribeCompShareImageTags' })).body.RetCode).toBe(0)
  })

  it('stores an uploaded cover and serves it back from its URL; seeded covers are SVG', async () => {
    const base = await startDev()
    const images = (await post(base, { Action: 'DescribeCompShareCustomImages' })).body
      .ImageSet as { CompShareImageId: string; Status: string; Container: string }[]
    const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
    const published = await post(base, {
      Action: 'PublishCompShareImage',
      CompShareImageId: image?.CompShareImageId,
      CommunityImageName: 'Cover test',
      VersionName: 'v1.0',
      Cover: png,
    })
    expect(published.body).toMatchObject({ RetCode: 0 })
    const own = (await post(base, { Action: 'DescribeSelfCommunityImages', Name: 'Cover test' }))
      .body
    const cover =
      (own.CompshareImageGroup as { Data: { Cover: string }[] }[])[0]?.Data[0]?.Cover ?? ''
    // A whole URL on the address the request came to, as the seed says Cover is.
    expect(cover.startsWith(`${base}/sandbox/covers/`)).toBe(true)
    const served = await fetch(cover)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).toString('base64')).toBe(png)

    const listed = (await post(base, { Action: 'DescribeCommunityImages', Limit: 1 })).body
    const seeded = (listed.CompshareImageGroup as { Data: { Cover: string }[] }[])[0]?.Data[0]
      ?.Cover
    const svg = await fetch(seeded ?? '')
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(await svg.text()).toMatch(/^<svg[^>]+viewBox="0 0 640 360"/)
    expect((await fetch(`${base}/sandbox/covers/nothing-here.png`)).status).toBe(404)
  })

  it('keeps what was published across a restart, and approves it by the clock', async () => {
    const first = await startDev()
    const images = (await post(first, { Action: 'DescribeCompShareCustomImages' })).body
      .ImageSet as { CompShareImageId: string; Status: string; Container: string }[]
    const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
    await post(first, {
      Action: 'PublishCompShareImage',
      CompShareImageId: image?.CompShareImageId,
      CommunityImageName: '重启之后还在',
      VersionName: 'v0.1',
    })
    const starred = (await post(first, { Action: 'DescribeCommunityImages', Limit: 1 })).body
    const groupId = (starred.CompshareImageGroup as { GroupId: string }[])[0]?.GroupId
    await post(first, { Action: 'CreateCompShareImageFavorite', GroupId: groupId })
    await closeServer(servers.pop() as ViteDevServer)

    // Only whole files: no temp file is left behind by the writes above.
    expect(readdirSync(dataDir).sort()).toEqual(['covers', 'state.json'])
    expect(JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8'))).toMatchObject({
      format: stateFormat,
    })

    const second = await startDev()
    const mine = async () =>
      (await post(second, { Action: 'DescribeSelfCommunityImages', Name: '重启之后' })).body
        .CompshareImageGroup as { Data: { Status: string }[] }[]
    expect((await mine())[0]?.Data[0]?.Status).toBe('Reviewing')
    const favourite = (await post(second, { Action: 'DescribeCommunityImages', GroupId: groupId }))
      .body
    expect(favourite.CompshareImageGroup).toMatchObject([{ IsFavorite: true }])

    clock.advance(30)
    expect((await mine())[0]?.Data[0]?.Status).toBe('Available')
    const market = (await post(second, { Action: 'DescribeCommunityImages', Name: '重启之后' }))
      .body
    expect(market.TotalCount).toBe(1)
  })

  it('picks up `sandbox:reset` while running, and ignores a crashed write', async () => {
    const base = await startDev()
    const count = async () =>
      (await post(base, { Action: 'DescribeSelfCommunityImages' })).body.TotalCount as number
    const images = (await post(base, { Action: 'DescribeCompShareCustomImages' })).body
      .ImageSet as { CompShareImageId: string; Status: string; Container: string }[]
    const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
    const seeded = await count()
    await post(base, {
      Action: 'PublishCompShareImage',
      CompShareImageId: image?.CompShareImageId,
      CommunityImageName: 'to be reset',
      VersionName: 'v1.0',
    })
    expect(await count()).toBe(seeded + 1)

    // What a crash between write and rename leaves behind: a torn temp file.
    writeFileSync(join(dataDir, 'state.json.tmp-999-crash'), '{"format":1,"groups":[')
    resetSandbox(dataDir)
    expect(await count()).toBe(seeded)
    // The running server holds the folder: its lock is there, and no torn temp file.
    expect(readdirSync(dataDir).sort()).toEqual(['covers', 'sandbox.lock', 'state.json'])
  })
})

describe('vite preview', () => {
  it('serves the same sandbox', async () => {
    const outDir = join(dataDir, 'dist')
    rmSync(outDir, { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(outDir)
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>app</title>')
    const server = await preview({
      configFile: false,
      root: dataDir,
      logLevel: 'silent',
      plugins: [plugin()],
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0 },
    })
    servers.push(server)
    const base = origin(server)
    expect((await post(base, { Action: 'DescribeCompShareImageTags' })).body).toMatchObject({
      Action: 'DescribeCompShareImageTagsResponse',
      RetCode: 0,
    })
    expect(await (await fetch(base)).text()).toContain('<title>app</title>')
  })
})
