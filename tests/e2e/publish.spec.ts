import { expect, test } from '@playwright/test'
import { toCoverStep } from './wizard'

test('publish a new image with a real cover and find it in review under My images', async ({
  page,
}, testInfo) => {
  const name = `E2E ${testInfo.project.name} ${Date.now()}`
  await page.goto('/publish')
  await page.evaluate(() => localStorage.setItem('compshare.language', 'en'))
  await page.reload()
  const next = await toCoverStep(page, name, async () => {
    await page.getByRole('textbox', { name: 'Add a tag' }).fill('E2E')
    await page.keyboard.press('Enter')
    await page.getByRole('checkbox', { name: 'RTX 4090 · 24 GB', exact: true }).check()
  })

  // A real 1600×1200 JPEG: cropped to 16:9, resized and re-encoded in the browser.
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/photo.jpg')
  await page.getByRole('button', { name: 'Use this crop' }).click()
  await expect(page.getByText(/^Cover ready:/)).toBeVisible()
  await next.click()
  await page.getByRole('textbox', { name: 'Readme (Markdown)' }).fill('# Hello\n\n- one\n- two')
  await next.click()

  const card = page.getByRole('article', { name })
  await expect(card).toBeVisible()
  await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/(webp|jpeg);base64,/)
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Submitted for publishing' })).toBeVisible()

  await page.getByRole('link', { name: 'Follow its review in My images' }).click()
  await expect(page).toHaveURL(/\/my$/)
  const mine = page.getByText(name, { exact: true }).first()
  await expect(mine).toBeVisible()
  await expect(page.getByText(/In review|Reviewing|审核中/).first()).toBeVisible()
})
