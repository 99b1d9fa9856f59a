// @vitest-environment node
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { requestOnceMiddleware, type RequestOnceOptions } from '@/sandbox/http/request-once'
import { server as msw } from '../support/msw-server'
import { viteInFrontOf } from '../support/vite-proxy'

// Real sockets: MSW must not stand in for them here.
beforeAll(() => msw.close())

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections()
      return new Promise((done) => s.close(done))
    }),
  )
})

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
const id = (n: number) => n.toString(16).padStart(32, '0')

/** A downstream that counts what reaches it and answers by path. */
function downstream() {
  const seen: IncomingHttpHeaders[] = []
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push(req.headers)
    const n = seen.length
    const answer = () =>
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-N': String(n) }).end(`{"n":${n}}`)
    req.resume()
    req.on('end', () => {
      if (req.url === '/slow') setTimeout(answer, 200)
      else if (req.url === '/drop') req.socket.destroy()
      else if (req.url === '/big') res.end('x'.repeat(5000))
      else answer()
    })
  }
  return { seen, handle }
}

async function start(options: RequestOnceOptions = {}) {
  const guard = requestOnceMiddleware(options)
  const down = downstream()
  const server = createServer((req, res) => guard(req, res, () => down.handle(req, res)))
  servers.push(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port
  return { guard, seen: down.seen, port }
}

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** One POST on a connection of its own; 'lost' when the connection closes without an answer. */
function post(port: number, path: string, once?: string, method = 'POST') {
  return new Promise<Reply | 'lost'>((done) => {
    const headers: Record<string, string> = once === undefined ? {} : { 'X-Request-Once': once }
    const req = request({ port, host: '127.0.0.1', path, method, headers, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
      res.on('error', () => done('lost'))
    })
    req.on('error', () => done('lost'))
    req.end('Action=PublishCompShareImage')
  })
}

const replyOf = (reply: Reply | 'lost'): Reply => {
  if (reply === 'lost') throw new Error('no answer')
  return reply
}

describe('requestOnceMiddleware', () => {
  it('passes the first arrival on and answers the same id again from it', async () => {
    const { port, seen } = await start()
    const first = replyOf(await post(port, '/ok', id(1)))
    const again = replyOf(await post(port, '/ok', id(1)))
    expect(seen).toHaveLength(1)
    expect(first).toMatchObject({ status: 200, body: '{"n":1}' })
    expect(again).toMatchObject({ status: 200, body: '{"n":1}' })
    expect(again.headers).toMatchObject({ 'content-type': 'application/json', 'x-n': '1' })
    expect(again.headers['x-request-once']).toBe('replayed')
  })

  it('holds a copy that arrives while the first is running until the first is answered', async () => {
    const { port, seen } = await start()
    const first = post(port, '/slow', id(2))
    await sleep(50)
    const started = Date.now()
    const [a, b] = await Promise.all([first, post(port, '/slow', id(2))])
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    expect(seen).toHaveLength(1)
    expect(replyOf(a).body).toBe('{"n":1}')
    expect(replyOf(b).body).toBe('{"n":1}')
  })

  it('answers 409 replayed-lost, never a second forward, when the first lost its answer', async () => {
    const { port, seen } = await start()
    expect(await post(port, '/drop', id(3))).toBe('lost')
    const again = replyOf(await post(port, '/drop', id(3)))
    const third = replyOf(await post(port, '/drop', id(3)))
    expect(seen).toHaveLength(1)
    expect(again.status).toBe(409)
    expect(again.headers['x-request-once']).toBe('replayed-lost')
    expect(JSON.parse(again.body)).toEqual({
      RetCode: expect.any(Number) as number,
      Message:
        'This request was already sent once (X-Request-Once); its first answer was lost, so it was not sent again',
    })
    expect(third.status).toBe(409)
  })

  it('passes on different ids, no header, invalid ones and GETs, and never the header itself', async () => {
    const { port, seen } = await start()
    await post(port, '/ok', id(4))
    await post(port, '/ok', id(5))
    await post(port, '/ok')
    await post(port, '/ok')
    for (const bad of ['abc', id(6).toUpperCase().replace(/0/g, 'A'), `${id(7)}0`]) {
      await post(port, '/ok', bad)
      await post(port, '/ok', bad)
    }
    await post(port, '/ok', id(8), 'GET')
    await post(port, '/ok', id(8), 'GET')
    expect(seen).toHaveLength(12)
    expect(seen.every((headers) => !('x-request-once' in headers))).toBe(true)
  })

  it('remembers at most maxIds ids, the oldest forgotten first', async () => {
    const { port, seen, guard } = await start({ maxIds: 2 })
    for (const n of [10, 11, 12]) await post(port, '/ok', id(n))
    expect(guard.size().ids).toBe(2)
    await post(port, '/ok', id(12)) // remembered
    expect(seen).toHaveLength(3)
    await post(port, '/ok', id(10)) // forgotten: a new request
    expect(seen).toHaveLength(4)
  })

  it('keeps no answer over maxAnswerBytes: its copy gets the 409', async () => {
    const { port, seen, guard } = await start({ maxAnswerBytes: 1000 })
    expect(replyOf(await post(port, '/big', id(20))).body).toHaveLength(5000)
    expect(replyOf(await post(port, '/big', id(20))).status).toBe(409)
    expect(seen).toHaveLength(1)
    expect(guard.size().bytes).toBe(0)
  })

  it('forgets answers past maxTotalBytes, and ids after ttlMs', async () => {
    let now = 0
    const { port, seen, guard } = await start({ maxTotalBytes: 10, ttlMs: 1000, now: () => now })
    for (const n of [30, 31, 32]) await post(port, '/ok', id(n)) // 7 bytes each
    await sleep(20)
    expect(guard.size().bytes).toBeLessThanOrEqual(10)
    await post(port, '/ok', id(32))
    expect(seen).toHaveLength(3)
    now = 1000
    await post(port, '/ok', id(32))
    expect(seen).toHaveLength(4)
  })
})

describe('the guard in the Vite plugin', () => {
  it('stands in front of the /compshare-api proxy, which never sees the header', async () => {
    const down = downstream()
    const upstream = createServer(down.handle)
    servers.push(upstream)
    const vite = await viteInFrontOf(upstream, '/slow')
    try {
      const port = (vite.httpServer?.address() as AddressInfo).port
      const [a, b] = await Promise.all([
        post(port, '/compshare-api', id(40)),
        sleep(50).then(() => post(port, '/compshare-api', id(40))),
      ])
      expect(replyOf(a).body).toBe('{"n":1}')
      expect(replyOf(b).body).toBe('{"n":1}')
      expect(down.seen).toHaveLength(1)
      expect(down.seen[0]).not.toHaveProperty('x-request-once')
    } finally {
      await vite.close()
    }
  })
})
