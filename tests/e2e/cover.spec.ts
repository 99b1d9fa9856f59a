import { expect, test, type Page } from '@playwright/test'
import { toCoverStep } from './wizard'

// The cover is made in a worker where the browser can (ADR 0026), on the main thread where it
// cannot: both give the same cover, and the worker path is the one Chromium takes.

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'desktop', 'one browser is enough: it is about Chromium')
})

/** The cover step with tests/fixtures/photo.jpg (1600×1200) cropped: the cover's size. */
async function coverOf(page: Page): Promise<string> {
  await page.goto('/publish')
  await toCoverStep(page, 'Cover check')
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/photo.jpg')
  await page.getByRole('button', { name: 'Use this crop' }).click()
  await expect(page.getByText(/^Cover ready:/)).toBeVisible()
  const preview = page.locator('main img').first()
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  return preview.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`)
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
})

test('Chromium makes the cover in a worker, 16:9 at the picture’s own width', async ({ page }) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  expect(await coverOf(page)).toBe('1280×720')
  expect(workers.some((url) => url.includes('cover-worker'))).toBe(true)
})

test('without OffscreenCanvas the main thread makes the same cover, and no worker starts', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'OffscreenCanvas', { value: undefined }),
  )
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  expect(await coverOf(page)).toBe('1280×720')
  expect(workers.filter((url) => url.includes('cover-worker'))).toEqual([])
})
