// Where a first visit's LCP goes (issue 21): the request chain from the HTML to the lead
// cover's bytes, hop by hop, for the app and the floor page, alternately, in Chromium with the
// CPU slowed 4× and a slow-4G-like network (applied, not simulated as Lighthouse does).
// Run after `vite build` (dist) and the floor's build (dist-floor, which bench:lighthouse and
// bench:browse make): node scripts/run-ts.js bench/lcp-chain.ts [--runs 3]
import { resolve } from 'node:path'
import { chromium, type Page, type Request } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './chromium.ts'
import { startPreview } from './preview-server.ts'
import { median } from './stats.ts'

interface Hop {
  hop: string
  start: number
  end: number
}

const kinds: [string, (request: Request) => boolean][] = [
  ['HTML', (r) => r.resourceType() === 'document'],
  ['stylesheet', (r) => r.resourceType() === 'stylesheet'],
  ['first script', (r) => r.resourceType() === 'script'],
  [
    'list request',
    (r) => r.method() === 'POST' && (r.postData() ?? '').includes('Action=DescribeCommunityImages'),
  ],
  ['lead cover', (r) => r.resourceType() === 'image' && !/^data:|favicon/.test(r.url())],
]

interface Visit {
  hops: Hop[]
  lcp: number
  /** What the largest paint was: an image, or a text's element. */
  element: string
  scripts: number
  /** The requests that started before the lead cover did, in order: the chain it waited on. */
  chain: string[]
}

async function visit(page: Page, url: string): Promise<Visit> {
  const requests: Request[] = []
  const listen = (request: Request) => requests.push(request)
  page.on('requestfinished', listen)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(url, { waitUntil: 'networkidle' })
  // The last candidate once the network is quiet: the lead cover, when it is the largest.
  const { lcp, element } = await page.evaluate(
    () =>
      new Promise<{ lcp: number; element: string }>((done) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as LargestContentfulPaint | undefined
          done({
            lcp: last?.startTime ?? NaN,
            element: last?.url ? 'image' : (last?.element?.tagName.toLowerCase() ?? '?'),
          })
        }).observe({ type: 'largest-contentful-paint', buffered: true })
      }),
  )
  page.off('requestfinished', listen)
  const document = requests.find((r) => r.resourceType() === 'document')
  const origin = document?.timing().startTime ?? 0
  const hops: Hop[] = []
  for (const [hop, matches] of kinds) {
    const request = requests.find(matches)
    if (!request) continue
    const timing = request.timing()
    hops.push({
      hop,
      start: timing.startTime - origin,
      end: timing.startTime - origin + timing.responseEnd,
    })
  }
  const scripts = requests.filter(
    (r) => r.resourceType() === 'script' && r.timing().startTime - origin < lcp,
  ).length
  // Every request that started before the lead cover did: the chain it waited behind.
  const coverStart = hops.find((h) => h.hop === 'lead cover')?.start ?? Infinity
  const chain = requests
    .map((r) => ({ r, start: r.timing().startTime - origin }))
    .filter(({ start }) => start <= coverStart)
    .sort((a, b) => a.start - b.start)
    .map(({ r, start }) => {
      const name = r
        .url()
        .split('/')
        .pop()!
        .split('?')[0]!
        .replace(/-[\w-]{8}\.(js|css)$/, '.$1')
      const action = /Action=(\w+)/.exec(r.postData() ?? '')?.[1]
      return `${start.toFixed(0).padStart(5)}–${(start + r.timing().responseEnd).toFixed(0).padStart(5)}  ${action ?? (name || '/')}`
    })
  await cdp.detach()
  return { hops, lcp, element, scripts, chain }
}

export async function main(args: string[]): Promise<number> {
  const index = args.indexOf('--runs')
  const runs = index >= 0 ? Number(args[index + 1]) : 3
  const app = await startPreview(resolve('dist'), 4191)
  const floor = await startPreview(resolve('dist-floor'), 4192, 'bench/floor/vite.config.ts')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  const seen = {
    app: [] as Awaited<ReturnType<typeof visit>>[],
    floor: [] as Awaited<ReturnType<typeof visit>>[],
  }
  try {
    for (let run = 0; run < runs; run++) {
      for (const [side, server] of [
        ['app', app],
        ['floor', floor],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
        seen[side].push(await visit(await context.newPage(), `${server.url}/`))
        await context.close()
      }
    }
  } finally {
    await browser.close()
    app.stop()
    floor.stop()
  }
  console.log(
    `First visit to /, CPU 4x, 150 ms latency, 1.6 Mbit/s; medians of ${runs} runs, ms from navigation start`,
  )
  console.log('hop               app start   app end   floor start floor end')
  for (const [hop] of kinds) {
    const pick = (side: 'app' | 'floor', key: 'start' | 'end') =>
      median(seen[side].map((run) => run.hops.find((h) => h.hop === hop)?.[key] ?? NaN))
    const cell = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0)).padStart(9)
    console.log(
      `${hop.padEnd(16)} ${cell(pick('app', 'start'))} ${cell(pick('app', 'end'))}   ${cell(pick('floor', 'start'))} ${cell(pick('floor', 'end'))}`,
    )
  }
  const lcp = (side: 'app' | 'floor') => median(seen[side].map((run) => run.lcp))
  const scripts = (side: 'app' | 'floor') => median(seen[side].map((run) => run.scripts))
  console.log(
    `${'LCP'.padEnd(16)} ${lcp('app').toFixed(0).padStart(9)} ${''.padStart(9)}   ${lcp('floor').toFixed(0).padStart(9)}`,
  )
  console.log(`scripts requested before LCP: app ${scripts('app')}, floor ${scripts('floor')}`)
  for (const side of ['app', 'floor'] as const) {
    const run = [...seen[side]].sort((a, b) => a.lcp - b.lcp)[Math.floor(runs / 2)]!
    console.log(
      `\n${side}, its median run (LCP ${run.lcp.toFixed(0)} ms, an ${run.element}): what started before the lead cover`,
    )
    for (const line of run.chain) console.log(`  ${line}`)
  }
  return 0
}
