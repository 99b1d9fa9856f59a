import { expect, test, type Page } from '@playwright/test'
import { openList } from './walk'

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

/** Presses Tab from the top of the page until `done` holds; how many presses that took. */
async function tabUntil(page: Page, done: () => boolean, most = 120) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(done)) return presses
  }
  return Infinity
}

test('few Tab stops from the top of the list page to the first result', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'measured at 1280 px, with the filters beside')
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(20)
  await expect(page.getByRole('grid', { name: 'Tags' }).getByRole('checkbox')).not.toHaveCount(0)
  const presses = await tabUntil(page, () => {
    const first = document.querySelector('main article a')
    return first !== null && document.activeElement === first
  })
  console.log(`Tab presses from the top of / to the first result's link: ${presses}`)
  // Skip link, home, menu (4), language, theme, My GPU, three switches, author, tag search, the
  // tags (one stop), "Show all", the search box, sort, order and page size: 21 (94 before ADR
  // 0022, 28 while each of the eight tags shown folded was a stop).
  expect(presses).toBeLessThanOrEqual(21 + 2)
})

test('the tags by keyboard: one Tab stop, arrows inside, Space chooses and the results follow', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the filters are in a drawer on phones')
  const results = await openList(page)
  const total = page.getByText(/^\d+ images$/)
  const before = await total.innerText()
  const tags = page.getByRole('grid', { name: 'Tags' })
  const boxes = tags.getByRole('checkbox')
  await expect(boxes).not.toHaveCount(0)

  await page.getByRole('searchbox', { name: 'Search tags' }).focus()
  await page.keyboard.press('Tab')
  await expect(boxes.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const second = boxes.nth(1)
  await expect(second).toBeFocused()
  const tag = (await second.evaluate((box) => box.parentElement?.textContent)) ?? ''
  await page.keyboard.press('Space')
  await expect(second).toBeChecked()
  await expect(second).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`tag=${encodeURIComponent(tag)}`))
  await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible()
  await expect(total).not.toHaveText(before)
  await expect(results.getByRole('article').first()).toBeVisible()

  // Home and End, then Tab leaves the list for what follows it.
  await page.keyboard.press('End')
  await expect(boxes.last()).toBeFocused()
  await page.keyboard.press('Home')
  await expect(boxes.first()).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Show all \d+ tags$/ })).toBeFocused()
  // The ring shows on the focused tag.
  await page.keyboard.press('Shift+Tab')
  await expect(boxes.first()).toBeFocused()
  expect(await focusIsVisible(page)).toBe(true)
})

test('a tag is excluded from the keyboard, inside the same widget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the filters are in a drawer on phones')
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(20)
  const tags = page.getByRole('grid', { name: 'Tags' })
  await expect(tags.getByRole('checkbox')).not.toHaveCount(0)
  const exclude = tags.getByRole('button', { name: /^Exclude / })
  test.skip((await exclude.count()) === 0, 'the list page does not offer exclusion (onExclude)')

  await page.getByRole('searchbox', { name: 'Search tags' }).focus()
  await page.keyboard.press('Tab')
  const box = tags.getByRole('checkbox').first()
  await expect(box).toBeFocused()
  await page.keyboard.press('Space')
  await expect(box).toBeChecked()
  await page.keyboard.press('ArrowRight')
  const first = exclude.first()
  await expect(first).toBeFocused()
  await expect(first).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Space')
  await expect(first).toHaveAttribute('aria-pressed', 'true')
  // Exclusive: the excluded tag is no longer chosen, and says it is excluded.
  await expect(box).not.toBeChecked()
  await expect(box).toHaveAccessibleDescription('excluded')
  await page.keyboard.press('Space')
  await expect(first).toHaveAttribute('aria-pressed', 'false')
  await expect(box).not.toHaveAccessibleDescription('excluded')
})

test('opening another page moves focus to its heading; a filter or the first load does not', async ({
  page,
}) => {
  const results = await openList(page)
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)

  const search = page.getByRole('searchbox', { name: 'Search by image name or author' })
  await search.fill('a')
  await expect(page).toHaveURL(/q=a/)
  await expect(search).toBeFocused()

  const card = results.getByRole('article').first()
  const name = await card.getByRole('heading').innerText()
  await card.getByRole('link').first().focus()
  await page.keyboard.press('Enter')
  const heading = page.getByRole('heading', { level: 1, name })
  await expect(heading).toBeFocused()
  // No ring on a heading: it is not a control.
  expect(await focusIsVisible(page)).toBe(false)
  // Tab goes on from the top of the page.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Community images' })).toBeFocused()
})
