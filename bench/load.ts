import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signRequest } from '../src/api/signature.ts'
import { createRandom } from '../src/sandbox/seed/random.ts'
import { startServer, type ServerProcess } from './load-server.ts'

const account = { publicKey: 'sandbox-public-key', privateKey: 'sandbox-private-key' }

type Options = ReturnType<typeof readOptions>
type Outcome = 'accepted' | 'refused' | 'failed'
interface Sample {
  kind: 'list' | 'publish'
  ms: number
  outcome: Outcome
}

/** `--seconds=15 --requests=2000 --concurrency=16 --publish-share=0.2 --no-kill` */
function readOptions(args: string[]) {
  const value = (name: string, fallback: number) => {
    const raw = args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
    const n = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, not ${raw}`)
    return n
  }
  return {
    seconds: value('seconds', 15),
    requests: value('requests', 2000),
    concurrency: Math.max(1, Math.round(value('concurrency', 16))),
    publishShare: Math.min(1, value('publish-share', 0.2)),
    kill: !args.includes('--no-kill'),
  }
}

async function call(base: string, params: Record<string, unknown>) {
  const response = await fetch(`${base}/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(
      signRequest({ Region: 'cn-wlcb', Zone: 'cn-wlcb-01', ...params }, account),
    ),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as Record<string, unknown>
}

/** For the set-up and the final check, which must not fail on an injected fault. */
async function callPatiently(base: string, params: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await call(base, params)
      if (answer.RetCode === 0 || attempt === 5) return answer
    } catch (error) {
      if (attempt === 5) throw error
    }
  }
}

const listVariants: Record<string, unknown>[] = [
  {},
  { Tag: ['LLM'], SortCondition: { Field: 'Favor' } },
  { FuzzySearch: 'comfy' },
  { IsFree: true, Limit: 40 },
]

/** Every group name of the account's own images containing `prefix`, page by page. */
async function ownNames(base: string, prefix: string): Promise<Set<string>> {
  const names = new Set<string>()
  for (let offset = 0; ; offset += 100) {
    const page = await callPatiently(base, {
      Action: 'DescribeSelfCommunityImages',
      Name: prefix,
      Limit: 100,
      Offset: offset,
    })
    const groups = (page.CompshareImageGroup ?? []) as { ImageName: string }[]
    groups.forEach((group) => names.add(group.ImageName))
    if (groups.length < 100) return names
  }
}

/**
 * Runs the workers until the request or time budget is spent; halfway (by either), kills the
 * server and starts a new one on the same port and data directory. Requests wait while it is
 * down; those in flight at the kill fail.
 */
async function drive(options: Options, live: { server: ServerProcess }, dataDir: string) {
  const base = live.server.url
  const custom = await callPatiently(base, { Action: 'DescribeCompShareCustomImages' })
  const images = custom.ImageSet as {
    CompShareImageId: string
    Status: string
    Container: string
  }[]
  const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
  const random = createRandom(20240601)
  const prefix = `load-${Date.now().toString(36)}-`
  const result = {
    prefix,
    samples: [] as Sample[],
    accepted: [] as string[],
    unanswered: [] as string[],
    acceptedBeforeKill: 0,
    restartMs: 0,
    seconds: 0,
  }
  let issued = 0
  let up = Promise.resolve(live.server)
  let killed = false
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  const done = () => issued >= options.requests || elapsed() >= options.seconds
  const halfway = () => issued >= options.requests / 2 || elapsed() >= options.seconds / 2

  const restart = async () => {
    result.acceptedBeforeKill = result.accepted.length
    const at = performance.now()
    await live.server.kill()
    live.server = await startServer(dataDir, Number(new URL(base).port))
    result.restartMs = performance.now() - at
    return live.server
  }

  const one = async (n: number) => {
    const { url } = await up
    const publish = random.next() < options.publishShare
    const name = `${prefix}${n}`
    const params = publish
      ? {
          Action: 'PublishCompShareImage',
          CompShareImageId: image?.CompShareImageId,
          CommunityImageName: name,
          VersionName: 'v1.0',
          Tag: ['Load'],
        }
      : {
          Action: 'DescribeCommunityImages',
          Offset: 20 * random.int(0, 10),
          ...random.pick(listVariants),
        }
    const at = performance.now()
    let outcome: Outcome
    try {
      outcome = (await call(url, params)).RetCode === 0 ? 'accepted' : 'refused'
    } catch {
      outcome = 'failed'
    }
    result.samples.push({ kind: publish ? 'publish' : 'list', ms: performance.now() - at, outcome })
    if (publish && outcome === 'accepted') result.accepted.push(name)
    if (publish && outcome === 'failed') result.unanswered.push(name)
  }

  const worker = async () => {
    while (!done()) {
      if (options.kill && !killed && halfway()) {
        killed = true
        up = restart()
      }
      await one(issued++)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  result.seconds = elapsed()
  return result
}

const row = (cells: (string | number)[]) =>
  cells.map((cell, i) => (i === 0 ? String(cell).padEnd(8) : String(cell).padStart(8))).join(' ')

function percentile(sorted: number[], q: number): string {
  const at = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return at === undefined ? '-' : at.toFixed(1)
}

function printTimings(samples: Sample[]) {
  console.log(row(['action', 'count', 'ok', 'refused', 'failed', 'p50 ms', 'p99 ms']))
  for (const kind of ['list', 'publish'] as const) {
    const mine = samples.filter((s) => s.kind === kind)
    const count = (outcome: Outcome) => mine.filter((s) => s.outcome === outcome).length
    const times = mine
      .filter((s) => s.outcome === 'accepted')
      .map((s) => s.ms)
      .sort((a, b) => a - b)
    const p = (q: number) => percentile(times, q)
    console.log(
      row([kind, mine.length, times.length, count('refused'), count('failed'), p(0.5), p(0.99)]),
    )
  }
}

/**
 * `npm run bench:load`: concurrent signed list and publish requests against the sandbox in a
 * child process on loopback, killed with SIGKILL halfway and restarted on the same data
 * directory. Exits 1 if any publish answered RetCode 0 is missing afterwards.
 */
export async function main(args: string[]): Promise<number> {
  const options = readOptions(args)
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-load-'))
  let live: { server: ServerProcess } | null = null
  try {
    const starting = performance.now()
    live = { server: await startServer(dataDir) }
    console.log(`sandbox up in ${(performance.now() - starting).toFixed(0)} ms`)
    const run = await drive(options, live, dataDir)
    // Asked of the restarted server: what it read back from disk.
    const present = await ownNames(live.server.url, run.prefix)
    const lost = run.accepted.filter((name) => !present.has(name))
    const arrived = run.unanswered.filter((name) => present.has(name)).length
    const { samples, seconds } = run
    console.log(
      `${samples.length} requests in ${seconds.toFixed(1)} s, concurrency ${options.concurrency}:` +
        ` ${(samples.length / seconds).toFixed(0)} req/s`,
    )
    if (options.kill) {
      console.log(
        `killed with SIGKILL after ${run.acceptedBeforeKill} accepted publishes;` +
          ` serving again ${run.restartMs.toFixed(0)} ms later`,
      )
    }
    printTimings(samples)
    console.log(
      `publishes: ${run.accepted.length} accepted, ${run.accepted.length - lost.length} present` +
        ` afterwards, ${lost.length} lost; ${run.unanswered.length} without a usable answer` +
        ` (${arrived} arrived, ${run.unanswered.length - arrived} did not)`,
    )
    const setAside = readdirSync(dataDir).filter((name) => name.includes('unreadable'))
    if (setAside.length > 0) console.log(`state unreadable after the kill: ${setAside.join(', ')}`)
    if (lost.length > 0) console.log(`LOST: ${lost.join(', ')}`)
    return lost.length > 0 || setAside.length > 0 ? 1 : 0
  } finally {
    await live?.server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
