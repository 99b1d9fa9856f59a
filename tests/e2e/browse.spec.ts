import { expect, test, type Page } from '@playwright/test'

async function chooseTag(page: Page, name: string) {
  const sidebar = page.getByRole('complementary', { name: 'Filters' })
  if (await sidebar.isVisible()) {
    // The box reflects the URL, which the router updates a moment after the click.
    const box = sidebar.getByRole('checkbox', { name: new RegExp(`^${name}`) })
    await box.click()
    await expect(box).toBeChecked()
    return
  }
  // Phones: the filters live in a drawer.
  await page.getByRole('button', { name: /^Filters/ }).click()
  const drawer = page.getByRole('dialog', { name: 'Filters' })
  const box = drawer.getByRole('checkbox', { name: new RegExp(`^${name}`) })
  await box.click()
  await expect(box).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
}

const firstCardName = (page: Page) =>
  page
    .getByRole('region', { name: 'Results' })
    .getByRole('article')
    .first()
    .getByRole('heading')
    .innerText()

test('filter by two tags, page, open a group, and come back to the same view', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('compshare.language', 'en'))
  await page.reload()
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(20)

  await chooseTag(page, 'LLM')
  await chooseTag(page, '大模型')
  await expect(page).toHaveURL(/tag=LLM&tag=%E5%A4%A7%E6%A8%A1%E5%9E%8B/)
  await expect(page.getByText('Images that have all of:')).toBeVisible()
  const total = Number((await page.getByText(/^\d+ images$/).innerText()).split(' ')[0])
  expect(total).toBeGreaterThan(20)

  const pageOneFirst = await firstCardName(page)
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('button', { name: 'Next' })
    .click()
  await expect(page).toHaveURL(/page=2/)
  await expect.poll(() => firstCardName(page)).not.toBe(pageOneFirst)
  const pageTwoFirst = await firstCardName(page)

  await page.mouse.wheel(0, 500)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
  const scrolled = await page.evaluate(() => window.scrollY)

  const card = page.getByRole('region', { name: 'Results' }).getByRole('article').first()
  const name = await card.getByRole('heading').innerText()
  await card.getByRole('heading').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/tag=LLM&tag=%E5%A4%A7%E6%A8%A1%E5%9E%8B&page=2/)
  await expect.poll(() => firstCardName(page)).toBe(pageTwoFirst)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(scrolled, -1)

  await page.goBack()
  await expect(page).not.toHaveURL(/page=2/)
  await expect.poll(() => firstCardName(page)).toBe(pageOneFirst)
})
