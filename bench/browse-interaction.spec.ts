import { expect, test, type Locator, type Page } from '@playwright/test'
import { quantile } from './stats'

const runs = 12
const warmUps = 2
// The goals are printed; the bench fails only past ten times a goal. Two shared cores are
// noisy: five CI runs of "next page" gave medians of 89 to 226 ms, so four times (200 ms)
// failed a CI run with nothing broken. A failure should mean something broke.
const goals = { filter: 100, nextPage: 50 }
const failAbove = 10

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

async function openList(page: Page) {
  await page.goto('/')
  await expect(page.locator(`${results}[aria-busy="false"] article`)).toHaveCount(20)
}

function report(label: string, goal: number, samples: number[]) {
  const { median, p90 } = stats(samples)
  console.log(
    `${label.padEnd(36)} median ${median.toFixed(1).padStart(6)} ms   p90 ${p90.toFixed(1).padStart(6)} ms   goal < ${goal} ms   (${samples.length} runs)`,
  )
  expect(median, `${label}: median over ${failAbove}× the goal`).toBeLessThan(goal * failAbove)
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
})

test('choosing a tag filter: click to the new results painted', async ({ page }) => {
  await openList(page)
  const tags = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', {
    name: 'Tags',
  })
  const boxes = tags.getByRole('checkbox')
  await expect(boxes.first()).toBeVisible()
  const count = await boxes.count()
  const samples: number[] = []
  for (let run = 0; run < warmUps + runs; run++) {
    // A fresh query every time: past the last tag, a reload empties the cache.
    if (run > 0 && run % count === 0) await openList(page)
    const ms = await clickToPaint(page, boxes.nth(run % count))
    if (run >= warmUps) samples.push(ms)
    // Back to the unfiltered list (from the cache) for the next run.
    await page.goBack()
    await expect(page).not.toHaveURL(/tag=/)
    await expect(page.locator(`${results}[aria-busy="false"]`)).toBeVisible()
  }
  report('filter → new results painted', goals.filter, samples)
})

test('"Next" with the next page prefetched: click to the page painted', async ({ page }) => {
  const inFlight = new Set<unknown>()
  page.on('request', (request) => request.url().endsWith('/api') && inFlight.add(request))
  page.on('requestfinished', (request) => inFlight.delete(request))
  page.on('requestfailed', (request) => inFlight.delete(request))
  await openList(page)
  const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', {
    name: 'Next',
  })
  const samples: number[] = []
  for (let run = 0; run < warmUps + runs; run++) {
    if (await next.isDisabled()) await openList(page)
    // Bringing the pager near the screen is what starts the prefetch.
    await next.scrollIntoViewIfNeeded()
    await apiSettled(page, inFlight)
    const ms = await clickToPaint(page, next)
    if (run >= warmUps) samples.push(ms)
  }
  report('next page (prefetched) → painted', goals.nextPage, samples)
})
