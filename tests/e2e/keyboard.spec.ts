import { expect, test, type Page } from '@playwright/test'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
})

/** Whether the focused element, or the card it stretches over, shows a focus indicator. */
function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const shows = (element: Element | null) => {
      if (!element) return false
      const style = getComputedStyle(element)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      return outline || style.boxShadow !== 'none'
    }
    const focused = document.activeElement
    return shows(focused) || shows(focused?.closest('article') ?? null)
  })
}

test('Tab from page load reaches the skip link first, shown, and it moves to the content', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  const box = await skip.boundingBox()
  expect(box?.width).toBeGreaterThan(40)
  expect(box?.height).toBeGreaterThan(20)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('"/" focuses the search box; every Tab stop shows where focus is', async ({ page }) => {
  // Some 60 stops, each a key press and a read of the page: slow on a loaded 2-core machine.
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(20)
  await page.keyboard.press('/')
  await expect(
    page.getByRole('searchbox', { name: 'Search by image name or author' }),
  ).toBeFocused()

  await page.reload()
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(20)
  // Every stop to the end of the page (where focus leaves the document for the browser).
  let stops = 0
  for (; stops < 200; stops++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))
    if (name?.startsWith('<body')) break
    expect(await focusIsVisible(page), `focus ring on stop ${stops}: ${name}`).toBe(true)
  }
  // Header, filters, 20 cards with their stars and the pager: the walk went through them all.
  expect(stops).toBeGreaterThan(50)
})
