import { expect, test, type Page } from '@playwright/test'
import { toCoverStep } from '../tests/e2e/wizard'
import { median } from './stats'

// From "Use this crop" to the cover's Base64 in the form, for a generated 24-megapixel photo,
// at 4× CPU throttling: in the cover worker, and on the main thread as a browser without
// OffscreenCanvas does it. Goals (issue 21): ≤ 500 ms, and no main-thread task over 50 ms.
const runs = 3
const goals = { ms: 500, longTaskMs: 50 }
// Printed against the goals; the bench fails only past three times the time goal, as shared
// cores are noisy, or on any long task over 50 ms in the worker's path.
const failAbove = 3

/** A 6000×4000 JPEG that compresses like a photo: soft gradients, shapes and grain. */
async function photo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(6000, 4000)
    const context = canvas.getContext('2d')!
    const sky = context.createLinearGradient(0, 0, 0, 4000)
    sky.addColorStop(0, '#3b6ea8')
    sky.addColorStop(0.6, '#e8c39e')
    sky.addColorStop(1, '#4a5d23')
    context.fillStyle = sky
    context.fillRect(0, 0, 6000, 4000)
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 400; i++) {
      context.fillStyle = `hsla(${random() * 360}, 50%, ${30 + random() * 40}%, 0.5)`
      context.beginPath()
      context.arc(random() * 6000, random() * 4000, 20 + random() * 400, 0, Math.PI * 2)
      context.fill()
    }
    const grain = context.getImageData(0, 0, 6000, 4000)
    for (let i = 0; i < grain.data.length; i += 4) {
      const noise = (random() - 0.5) * 24
      grain.data[i] = grain.data[i]! + noise
      grain.data[i + 1] = grain.data[i + 1]! + noise
      grain.data[i + 2] = grain.data[i + 2]! + noise
    }
    context.putImageData(grain, 0, 0)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  })
  return Buffer.from(base64, 'base64')
}

async function coverStep(page: Page) {
  await page.goto('/publish')
  await toCoverStep(page, 'Cover bench')
}

/** Clicks "Use this crop" and times, in the page, until "Cover ready" shows; long tasks too. */
async function useCrop(page: Page): Promise<{ ms: number; longTasks: number[] }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; longTasks: number[] }>((resolve, reject) => {
        const longTasks: number[] = []
        const tasks = new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => longTasks.push(Math.round(entry.duration))),
        )
        tasks.observe({ type: 'longtask' })
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Use this crop',
        )
        const timer = setTimeout(() => reject(new Error('no cover within 30 s')), 30_000)
        const observer = new MutationObserver(() => {
          if (!document.body.textContent?.includes('Cover ready:')) return
          observer.disconnect()
          const ms = performance.now() - start
          clearTimeout(timer)
          // Long tasks are reported after they end: one frame later, all are in.
          requestAnimationFrame(() => {
            tasks.disconnect()
            resolve({ ms, longTasks })
          })
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        const start = performance.now()
        button?.click()
      }),
  )
}

async function measure(page: Page, file: Buffer) {
  const cdp = await page.context().newCDPSession(page)
  const samples: { ms: number; longTasks: number[] }[] = []
  for (let run = 0; run < runs; run++) {
    await page.locator('input[type=file]').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: file,
    })
    await expect(page.getByRole('button', { name: 'Use this crop' })).toBeEnabled()
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    samples.push(await useCrop(page))
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    // The cover is what the service gets: 1280×720, as the preview shows it.
    const preview = page.locator('main img').first()
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    const size = await preview.evaluate(
      (img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`,
    )
    expect(size).toBe('1280×720')
  }
  const times = samples.map((sample) => sample.ms)
  const longest = Math.max(0, ...samples.flatMap((sample) => sample.longTasks))
  return { median: median(times), longest, times }
}

function report(label: string, result: Awaited<ReturnType<typeof measure>>) {
  console.log(
    `${label.padEnd(28)} median ${result.median.toFixed(0).padStart(5)} ms (goal ≤ ${goals.ms})   longest main-thread task ${String(result.longest).padStart(4)} ms (goal ≤ ${goals.longTaskMs})   runs ${result.times.map((t) => t.toFixed(0)).join(', ')} ms`,
  )
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
})

test('a 24-megapixel photo to a cover at 4× CPU: the worker, and the main thread', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  const file = await photo(page)
  console.log(`generated photo: 6000×4000 JPEG, ${(file.length / 1024 / 1024).toFixed(1)} MB`)

  await coverStep(page)
  const worker = await measure(page, file)
  report('cover worker', worker)

  // A browser without OffscreenCanvas: the same steps on the main thread.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  const fallback = await context.newPage()
  await fallback.addInitScript(() => {
    localStorage.setItem('compshare.language', 'en')
    Object.defineProperty(window, 'OffscreenCanvas', { value: undefined })
  })
  await coverStep(fallback)
  report('main thread (no worker)', await measure(fallback, file))
  await context.close()

  expect(worker.median, 'worker: median over three times the goal').toBeLessThan(
    goals.ms * failAbove,
  )
  expect(worker.longest, 'worker: a main-thread task over 50 ms').toBeLessThanOrEqual(
    goals.longTaskMs,
  )
})
