/**
 * Which lost answers make Chromium send a POST again by itself (ADR 0019). A node:http server
 * counts the arrivals of each POST and fails it in one way; the page first warms up idle
 * keep-alive connections with parallel slow GETs. Run: `node scripts/run-ts.js
 * bench/resend-experiment.ts [--idle=6] [--case=NAME] [--guard]`. Prints a markdown table.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import { requestOnceMiddleware } from '../src/sandbox/http/request-once.ts'
import { chromiumFlags, chromiumPath } from './chromium.ts'

type Act = (req: IncomingMessage, res: ServerResponse) => void

const destroy: Act = (req) => void req.socket.destroy()
const later =
  (ms: number, act: Act): Act =>
  (req, res) =>
    setTimeout(() => act(req, res), ms)

interface Case {
  name: string
  what: string
  /** Idle pooled connections warmed up before the POST (0: a fresh connection). */
  warm: boolean
  act: Act
  /** The page's own timeout on the fetch, for cases that never end by themselves. */
  clientTimeoutMs?: number
}

const cases: Case[] = [
  { name: 'close-reused', what: 'close, no answer, reused conn.', warm: true, act: destroy },
  { name: 'close-fresh', what: 'close, no answer, fresh conn.', warm: false, act: destroy },
  {
    name: 'close-after-processing',
    what: 'handle 300 ms, then close',
    warm: true,
    act: later(300, destroy),
  },
  {
    name: 'close-graceful',
    what: 'FIN after reading (socket.end)',
    warm: true,
    act: (req) => void req.socket.end(),
  },
  { name: 'rst', what: 'TCP RST', warm: true, act: (req) => void req.socket.resetAndDestroy() },
  {
    name: 'hang-client-timeout',
    what: 'no answer; page aborts at 3 s',
    warm: true,
    act: () => {},
    clientTimeoutMs: 3_000,
  },
  {
    name: 'hang-server-close',
    what: 'no answer; server closes at 2 s',
    warm: true,
    act: later(2_000, destroy),
  },
  { name: '500', what: 'HTTP 500', warm: true, act: (_, res) => void res.writeHead(500).end('x') },
  { name: '408', what: 'HTTP 408', warm: true, act: (_, res) => void res.writeHead(408).end('x') },
  {
    name: 'headers-then-close',
    what: '200 headers, then close',
    warm: true,
    act: (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' })
      res.flushHeaders()
      setTimeout(() => req.socket.destroy(), 100)
    },
  },
  {
    name: 'truncated-body',
    what: '200, half the body, close',
    warm: true,
    act: (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' })
      res.write('{"RetCode":0,"Message":"half')
      setTimeout(() => req.socket.destroy(), 100)
    },
  },
]

/** Counts each POST's arrivals, and those passed on by the guard (all of them without it). */
function startServer(byName: Map<string, Case>, guarded: boolean) {
  const counts = new Map<string, { arrived: number; forwarded: number }>()
  const guard = requestOnceMiddleware()
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/warm') return void setTimeout(() => res.end('ok'), 300)
    if (url.pathname !== '/post') {
      // The page itself closes its connection, so a case without warm-up has no idle one.
      res.writeHead(200, { 'Content-Type': 'text/html', Connection: 'close' })
      return void res.end('<!doctype html><title>resend</title>')
    }
    const count = counts.get(url.search) ?? { arrived: 0, forwarded: 0 }
    counts.set(url.search, count)
    count.arrived += 1
    const act = () => {
      count.forwarded += 1
      req.resume()
      req.on('end', () => byName.get(url.searchParams.get('case') ?? '')?.act(req, res))
    }
    if (guarded) guard(req, res, act)
    else act()
  })
  return { server, counts }
}

async function runCase(origin: string, entry: Case, idle: number, guarded: boolean) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/`)
    const path = `/post?case=${entry.name}&at=${Date.now()}`
    const outcome = await page.evaluate(
      async ({ path, idle, warm, timeoutMs, once }) => {
        if (warm) {
          await Promise.all(
            Array.from({ length: idle }, (_, i) => fetch(`/warm?i=${i}`).then((r) => r.text())),
          )
        }
        const headers: Record<string, string> = {
          'Content-Type': 'application/x-www-form-urlencoded',
        }
        if (once) headers['X-Request-Once'] = once
        try {
          const response = await fetch(path, {
            method: 'POST',
            headers,
            body: 'Action=PublishCompShareImage',
            signal: AbortSignal.timeout(timeoutMs),
          })
          await response.text()
          return `HTTP ${response.status}`
        } catch (error) {
          return error instanceof Error ? `${error.name}` : String(error)
        }
      },
      {
        path,
        idle: entry.warm ? idle : 0,
        warm: entry.warm,
        timeoutMs: entry.clientTimeoutMs ?? 15_000,
        once: guarded ? randomBytes(16).toString('hex') : null,
      },
    )
    return { path, outcome, version: browser.version() }
  } finally {
    await browser.close()
  }
}

/** `--idle=6` idle connections, `--case=NAME` one case, `--guard` with X-Request-Once. */
export async function main(args: string[]): Promise<number> {
  const idle = Number(args.find((a) => a.startsWith('--idle='))?.split('=')[1] ?? 6)
  const only = args.find((a) => a.startsWith('--case='))?.split('=')[1]
  const guarded = args.includes('--guard')
  const chosen = cases.filter((entry) => !only || entry.name === only)
  const byName = new Map(cases.map((entry) => [entry.name, entry]))
  const { server, counts } = startServer(byName, guarded)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const rows: string[] = []
  let version = ''
  try {
    for (const entry of chosen) {
      const run = await runCase(origin, entry, idle, guarded)
      version = run.version
      const { arrived = 0, forwarded = 0 } = counts.get(run.path.slice('/post'.length)) ?? {}
      const cells = [entry.name, entry.what, entry.warm ? idle : 0, arrived, forwarded, run.outcome]
      rows.push(`| ${cells.join(' | ')} |`)
      console.error(rows.at(-1))
    }
  } finally {
    server.closeAllConnections()
    server.close()
  }
  const guard = guarded ? ', POST with X-Request-Once behind the guard' : ''
  console.log(`\nChromium ${version}, ${idle} idle keep-alive connections warmed up${guard}\n`)
  console.log('| case | failure | idle | arrivals | passed on | page saw |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
  return 0
}
