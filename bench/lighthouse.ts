import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { launch } from 'chrome-launcher'
import { describeCommunityImages } from '../src/api/actions/describe-community-images.ts'
import { createApiClient } from '../src/api/client.ts'
import { chromiumFlags, chromiumPath } from './chromium.ts'
import { absoluteBudgets, holds, ratioRules } from './floor-budgets.ts'
import { writeStaticPages } from './floor-static.ts'
import { audit, type Run } from './lighthouse-audit.ts'
import { startPreview } from './preview-server.ts'
import { median } from './stats.ts'

const floorConfig = 'bench/floor/vite.config.ts'
/** Absolute: the floor's config has its own root, which a relative `--outDir` would follow. */
const floorOutDir = resolve('dist-floor')

function option(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`)
  return (index >= 0 ? args[index + 1] : undefined) ?? fallback
}

/** The newest listed group, asked of a sandbox the way the app asks it. */
async function firstGroupId(baseUrl: string): Promise<string> {
  const client = createApiClient({
    baseUrl: `${baseUrl}/api`,
    credentials: { publicKey: 'sandbox-public-key', privateKey: 'sandbox-private-key' },
    region: 'cn-wlcb',
    zone: 'cn-wlcb-01',
  })
  const page = await describeCommunityImages(client, { limit: 1 })
  const id = page.groups[0]?.groupId
  if (!id) throw new Error('the sandbox listed no group')
  return id
}

function buildFloor(): void {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '-c', floorConfig, '--logLevel', 'error'],
    { stdio: 'inherit' },
  )
  if (built.status !== 0) throw new Error('the floor page did not build')
}

const format = (metric: string, value: number) =>
  metric === 'performance' ? value.toFixed(2) : value.toFixed(0)

/** The median run by performance score: its report is the one kept. */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  return sorted[Math.floor(sorted.length / 2)]!
}

function report(name: string, app: Run[], floor: Run[], plain: Run[]): boolean {
  let ok = true
  for (const rule of ratioRules) {
    const m = rule.metric
    const ratio = median(app.map((run, i) => run[m] / Math.max(floor[i]![m], 1e-9)))
    const goal = holds(rule, ratio, rule.goal)
    const budget = holds(rule, ratio, rule.budget)
    ok &&= budget
    const sign = rule.kind === 'max' ? '≤' : '≥'
    console.log(
      [
        name.padEnd(6),
        rule.label.padEnd(14),
        format(m, median(app.map((r) => r[m]))).padStart(6),
        format(m, median(floor.map((r) => r[m]))).padStart(6),
        format(m, median(plain.map((r) => r[m]))).padStart(6),
        ratio.toFixed(2).padStart(6),
        `${sign}${rule.goal.toFixed(2)} ${goal ? 'met' : 'not met'}`.padEnd(14),
        `${sign}${rule.budget.toFixed(2)} ${budget ? 'ok' : 'FAIL'}`,
      ].join(' '),
    )
  }
  const kept = medianRun(app)
  const problems: string[] = []
  if (kept.accessibility < absoluteBudgets.accessibility) problems.push('accessibility < 1')
  if (kept.bestPractices < absoluteBudgets.bestPractices) problems.push('best practices < 0.95')
  if (Math.max(...app.map((r) => r.cls)) > absoluteBudgets.cls) problems.push('CLS > 0')
  console.log(
    `${name.padEnd(6)} app: a11y ${kept.accessibility.toFixed(2)}, best practices ${kept.bestPractices.toFixed(2)}, seo ${kept.seo.toFixed(2)}, CLS ${kept.cls.toFixed(3)}, TBT ${median(app.map((r) => r.tbtMs)).toFixed(0)} ms (floor ${median(floor.map((r) => r.tbtMs)).toFixed(0)}), CPU index ${median(app.map((r) => r.cpuIndex)).toFixed(0)}; performance by run ${app.map((r) => r.performance.toFixed(2)).join(' ')}${problems.length ? ` FAIL: ${problems.join(', ')}` : ''}`,
  )
  writeFileSync(`reports/lighthouse-${name}.html`, kept.report)
  return ok && problems.length === 0
}

/**
 * `node scripts/run-ts.js bench/lighthouse.ts [--out-dir dist] [--pairs 4] [--static 1]`:
 * Lighthouse (mobile) on `/` and a group page of an existing build and of the floor page
 * (bench/floor/, built here), alternately, `--pairs` times each, and `--static` runs of the same
 * first page as static HTML. Both are served by `vite preview` with a fresh sandbox of the same
 * seed. Prints medians and the median of the per-pair ratios; fails when a ratio is over its
 * budget (bench/floor-budgets.ts) or the app's accessibility, best practices or CLS slip.
 */
export async function main(args: string[]): Promise<number> {
  const outDir = option(args, 'out-dir', process.env.LIGHTHOUSE_OUT_DIR ?? 'dist')
  const port = Number(option(args, 'port', process.env.LIGHTHOUSE_PORT ?? '4178'))
  const pairs = Number(option(args, 'pairs', '4'))
  const plainRuns = Number(option(args, 'static', '1'))
  buildFloor()
  const app = await startPreview(outDir, port)
  const floor = await startPreview(floorOutDir, port + 1, floorConfig).catch((error: unknown) => {
    app.stop()
    throw error
  })
  const chrome = await launch({
    chromePath: chromiumPath,
    // Only localhost resolves: nothing in a run can reach, or wait for, the internet.
    chromeFlags: [
      '--headless=new',
      ...chromiumFlags,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  })
  try {
    const groupId = await firstGroupId(app.url)
    if ((await firstGroupId(floor.url)) !== groupId)
      throw new Error('the floor sandbox does not hold the same groups as the app sandbox')
    const pages = [
      ['home', '/'],
      ['group', `/images/${encodeURIComponent(groupId)}`],
    ] as const
    await writeStaticPages(floor.url, floorOutDir, pages)
    mkdirSync('reports', { recursive: true })
    console.log(
      `Lighthouse mobile: ${outDir} against the floor page, ${pairs} pairs run alternately; static HTML ${plainRuns} runs`,
    )
    console.log('page   metric           app  floor static  ratio goal           budget')
    let ok = true
    for (const [name, path] of pages) {
      const runs = { app: [] as Run[], floor: [] as Run[], plain: [] as Run[] }
      for (let pair = 0; pair < pairs; pair++) {
        runs.app.push(await audit(app.url + path, chrome.port))
        runs.floor.push(await audit(floor.url + path, chrome.port))
        if (pair < plainRuns)
          runs.plain.push(await audit(`${floor.url}/static-${name}.html`, chrome.port))
      }
      ok = report(name, runs.app, runs.floor, runs.plain) && ok
    }
    console.log('reports: reports/lighthouse-home.html, reports/lighthouse-group.html')
    return ok ? 0 : 1
  } finally {
    chrome.kill()
    app.stop()
    floor.stop()
  }
}
