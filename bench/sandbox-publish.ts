import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signRequest } from '../src/api/signature.ts'
import { createSandbox } from '../src/sandbox/sandbox.ts'
import { writeFileAtomic } from '../src/sandbox/state/store.ts'
import { quantile } from './stats.ts'

const account = { publicKey: 'sandbox-public-key', privateKey: 'sandbox-private-key' }

/** `--publishes=200 --sizes=250,10000` */
function readOptions(args: string[]) {
  const value = (name: string, fallback: string) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
  const publishes = Number(value('publishes', '200'))
  const sizes = value('sizes', '250,10000').split(',').map(Number)
  if (!(publishes > 0) || !sizes.every((n) => n > 0)) throw new Error('bad --publishes or --sizes')
  return { publishes, sizes }
}

function stats(samples: number[]) {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: quantile(samples, 1) }
}

function time(run: () => void, iterations: number): number[] {
  return Array.from({ length: iterations }, () => {
    const start = performance.now()
    run()
    return performance.now() - start
  })
}

/** Publishes of new groups through the core, timed one by one, on a sandbox with files. */
function measure(groupCount: number, publishes: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-publish-'))
  const statePath = join(dataDir, 'state.json')
  const journalPath = join(dataDir, 'journal.jsonl')
  const sandbox = createSandbox({ dataDir, groupCount, reviewSeconds: 86_400, warn: () => {} })
  const seeded = sandbox.state().groups.length
  try {
    const image = sandbox
      .state()
      .customImages.find(
        (i) => i.owner === account.publicKey && i.status === 'Available' && i.container,
      )
    const requests = Array.from({ length: publishes + 5 }, (_, n) =>
      signRequest(
        {
          Action: 'PublishCompShareImage',
          Region: 'cn-wlcb',
          CompShareImageId: image?.id,
          CommunityImageName: `bench ${n}`,
          VersionName: 'v1.0',
        },
        account,
      ),
    )
    const journalSize = () => statSync(journalPath, { throwIfNoEntry: false })?.size ?? 0
    const lines: number[] = []
    let snapshots = 0
    const samples: number[] = []
    for (const [n, fields] of requests.entries()) {
      const [snapshot, size] = [statSync(statePath).ino, journalSize()]
      const start = performance.now()
      const answer = sandbox.handle(fields)
      const ms = performance.now() - start
      if (answer.body.RetCode !== 0) throw new Error(JSON.stringify(answer.body))
      if (n < 5) continue // warm-up
      samples.push(ms)
      if (statSync(statePath).ino !== snapshot) snapshots += 1
      else lines.push(journalSize() - size)
    }
    const stateBytes = statSync(statePath).size
    // What every publish cost before the journal: the whole state rewritten and synced.
    const text = () => JSON.stringify(sandbox.state())
    const rewrite = time(() => writeFileAtomic(join(dataDir, 'rewrite.json'), text()), 10)
    return {
      groups: seeded,
      stateMb: stateBytes / 1e6,
      publish: stats(samples),
      snapshots,
      entryBytes: Math.round(lines.reduce((sum, bytes) => sum + bytes, 0) / lines.length),
      rewrite: stats(rewrite),
      stateBytes,
    }
  } finally {
    sandbox.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const cell = (value: string | number) => {
  const text =
    typeof value === 'string' || Number.isInteger(value)
      ? String(value)
      : value.toFixed(value < 10 ? 2 : 0)
  return text.padStart(9)
}
const row = (cells: (string | number)[]) => console.log(cells.map(cell).join(' '))

/**
 * `npm run bench:publish`: PublishCompShareImage on a file-backed sandbox (a temporary folder)
 * seeded with 250 and with 10,000 groups, milliseconds per publish through `sandbox.handle`,
 * beside what rewriting the whole state.json costs at that size (how every write saved before
 * the journal). "snapshot share" spreads the rewrite over the publishes between two snapshots.
 */
export function main(args: string[]): number {
  const { publishes, sizes } = readOptions(args)
  console.log(`${publishes} publishes of new groups at each size, after 5 to warm up; ms`)
  row([
    'groups',
    'state MB',
    'line B',
    'median',
    'p95',
    'max',
    'snapshots',
    'rewrite',
    'p95',
    'share',
  ])
  const results = sizes.map((size) => measure(size, publishes))
  for (const r of results) {
    // A snapshot is written once the journal is as large as the state (at least 1 MB).
    const share = (r.rewrite.median * r.entryBytes) / Math.max(1 << 20, r.stateBytes)
    const { median, p95, max } = r.publish
    row([
      r.groups,
      r.stateMb,
      r.entryBytes,
      median,
      p95,
      max,
      r.snapshots,
      r.rewrite.median,
      r.rewrite.p95,
      share,
    ])
  }
  const [small, large] = [results[0], results.at(-1)]
  if (small && large && small !== large) {
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
    console.log(
      `${large.groups} / ${small.groups} groups: publish median ${ratio(large.publish.median, small.publish.median)},` +
        ` p95 ${ratio(large.publish.p95, small.publish.p95)};` +
        ` whole-state rewrite median ${ratio(large.rewrite.median, small.rewrite.median)}`,
    )
  }
  return 0
}
