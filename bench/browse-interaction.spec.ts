import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { startPreview, type PreviewServer } from './preview-server'
import { median, quantile } from './stats'

const runs = 12
const warmUps = 2
// The goals are printed; the bench fails only past ten times a goal. Two shared cores are
// noisy: five CI runs of "next page" gave medians of 89 to 226 ms, so four times (200 ms)
// failed a CI run with nothing broken. A failure should mean something broke.
const goals = { filter: 100, nextPage: 50 }
const failAbove = 10
/**
 * Against the floor page (bench/floor/floor-browse.tsx), measured alternately in the same run:
 * issue 21's goal is 1.5× for both; the run fails past `ratioBudget`, what was measured when
 * the floor came in plus the noise of repeated runs (bench/README.md).
 */
const ratioGoal = 1.5
const ratioBudget = { filter: 3.5, nextPage: 3.5 }

const results = '[aria-labelledby="browse-results"]'

function stats(samples: number[]) {
  return { median: quantile(samples, 0.5), p90: quantile(samples, 0.9) }
}

/**
 * Clicks `target` inside the page and times, with performance.now(), until the results show
 * a different set of cards, no longer marked stale, and two animation frames have passed
 * (the first runs before the paint, the second after it).
 */
async function clickToPaint(page: Page, target: Locator): Promise<number> {
  await target.evaluate((element) => element.setAttribute('data-bench-target', ''))
  return page.evaluate(
    (results) =>
      new Promise<number>((resolve, reject) => {
        const names = () =>
          [...document.querySelectorAll(`${results} article h3`)].map((h) => h.textContent).join()
        const before = names()
        const shown = () =>
          document.querySelector(results)?.getAttribute('aria-busy') === 'false' &&
          names() !== before
        const target = document.querySelector<HTMLElement>('[data-bench-target]')
        target?.removeAttribute('data-bench-target')
        const timer = setTimeout(() => reject(new Error('no new results within 10 s')), 10_000)
        const observer = new MutationObserver(() => {
          if (!shown()) return
          observer.disconnect()
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              clearTimeout(timer)
              resolve(performance.now() - start)
            }),
          )
        })
        observer.observe(document.body, { subtree: true, childList: true, attributes: true })
        const start = performance.now()
        target?.click()
      }),
    results,
  )
}

/** Resolves once no sandbox request has been in flight for 300 ms (the prefetch is in). */
async function apiSettled(page: Page, inFlight: Set<unknown>) {
  await expect
    .poll(async () => {
      if (inFlight.size > 0) return false
      await page.waitForTimeout(300)
      return inFlight.size === 0
    })
    .toBe(true)
}

async function openList(page: Page, base = '') {
  await page.goto(`${base}/`)
  await expect(page.locator(`${results}[aria-busy="false"] article`)).toHaveCount(20)
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`

/** The app's figures, the floor's, and the median of the per-pair ratios app / floor. */
function report(label: string, goal: number, budget: number, app: number[], floor: number[]) {
  const own = stats(app)
  const ratio = median(app.map((sample, i) => sample / Math.max(floor[i]!, 0.1)))
  console.log(
    `${label.padEnd(34)} app median ${ms(own.median)} p90 ${ms(own.p90)}   floor median ${ms(stats(floor).median)}   ratio ${ratio.toFixed(2)} (goal ≤${ratioGoal} ${ratio <= ratioGoal ? 'met' : 'not met'}, budget ≤${budget})   (${app.length} pairs)`,
  )
  expect(own.median, `${label}: median over ${failAbove}× ${goal} ms`).toBeLessThan(
    goal * failAbove,
  )
  expect(ratio, `${label}: ${ratio.toFixed(2)}× the floor, over ${budget}×`).toBeLessThanOrEqual(
    budget,
  )
}

let floor: PreviewServer

test.beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/floor/vite.config.ts'],
    { stdio: 'inherit', cwd: resolve(import.meta.dirname, '..') },
  )
  if (built.status !== 0) throw new Error('the floor page did not build')
  const port = Number(process.env.E2E_PORT ?? 4177) + 1
  floor = await startPreview(
    resolve(import.meta.dirname, '../dist-floor'),
    port,
    'bench/floor/vite.config.ts',
  )
})

test.afterAll(() => floor.stop())

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
})

/** The app (the test's page) and the floor (a second page), the same list open in each. */
async function bothLists(page: Page) {
  const floorPage = await page.context().newPage()
  const sides = [
    { page, base: '' },
    { page: floorPage, base: floor.url },
  ]
  for (const side of sides) await openList(side.page, side.base)
  return sides
}

test('choosing a tag filter: click to the new results painted', async ({ page }) => {
  const sides = await bothLists(page)
  const samples: number[][] = [[], []]
  const boxes = sides.map(({ page: p }) =>
    p
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('group', { name: 'Tags' })
      .getByRole('checkbox'),
  )
  for (const list of boxes) await expect(list.first()).toBeVisible()
  const count = Math.min(...(await Promise.all(boxes.map((list) => list.count()))))
  for (let run = 0; run < warmUps + runs; run++) {
    // App, then floor, each pair on the same tag. A fresh query every time: past the last tag,
    // a reload empties the cache.
    for (const [side, { page: p, base }] of sides.entries()) {
      // A page in the background gets no animation frames: each side is measured in front.
      await p.bringToFront()
      if (run > 0 && run % count === 0) await openList(p, base)
      const took = await clickToPaint(p, boxes[side]!.nth(run % count))
      if (run >= warmUps) samples[side]!.push(took)
      // Back to the unfiltered list (from the cache) for the next run.
      await p.goBack()
      await expect(p).not.toHaveURL(/tag=/)
      await expect(p.locator(`${results}[aria-busy="false"]`)).toBeVisible()
    }
  }
  report('filter → new results painted', goals.filter, ratioBudget.filter, samples[0]!, samples[1]!)
})

test('"Next" with the next page prefetched: click to the page painted', async ({ page }) => {
  const inFlight = new Set<unknown>()
  const sides = await bothLists(page)
  for (const { page: p } of sides) {
    p.on('request', (request) => request.url().endsWith('/api') && inFlight.add(request))
    p.on('requestfinished', (request) => inFlight.delete(request))
    p.on('requestfailed', (request) => inFlight.delete(request))
  }
  const samples: number[][] = [[], []]
  for (let run = 0; run < warmUps + runs; run++) {
    for (const [side, { page: p, base }] of sides.entries()) {
      const next = p.getByRole('navigation', { name: 'Pagination' }).getByRole('button', {
        name: 'Next',
      })
      await p.bringToFront()
      if (await next.isDisabled()) await openList(p, base)
      // Bringing the pager near the screen is what starts the prefetch.
      await next.scrollIntoViewIfNeeded()
      await apiSettled(p, inFlight)
      const took = await clickToPaint(p, next)
      if (run >= warmUps) samples[side]!.push(took)
    }
  }
  report(
    'next page (prefetched) → painted',
    goals.nextPage,
    ratioBudget.nextPage,
    samples[0]!,
    samples[1]!,
  )
})
