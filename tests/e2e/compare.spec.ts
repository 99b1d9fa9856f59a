import { expect, test, type Page } from '@playwright/test'
import type { en } from '../../src/i18n/en'
import { catalogues, expectNoViolations } from './axe'

// The version comparison: reached from a group page, linkable, readable on a 360 px phone, and
// free of axe violations in both themes (as tests/e2e/a11y.spec.ts checks the other pages).
test.describe.configure({ timeout: 120_000 })

/** Opens popular groups in turn until one offers "Compare versions"; follows that link. */
async function openComparison(page: Page, t: typeof en) {
  await page.goto('/?sort=favorites')
  const cards = page.locator('section[aria-busy="false"] article')
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  for (let i = 0; i < count; i++) {
    await cards.nth(i).getByRole('link').first().click()
    await expect(page.getByRole('heading', { name: t.detail.readme })).toBeVisible()
    const link = page.getByRole('link', { name: t.compare.link })
    if ((await link.count()) > 0) {
      await link.click()
      return
    }
    await page.goBack()
  }
  throw new Error('no listed group has two versions')
}

for (const [theme, language] of [
  ['light', 'en'],
  ['dark', 'zh'],
] as const) {
  const t = catalogues[language]
  test(`compare two versions (${theme} theme, ${language})`, async ({ page }) => {
    await page.addInitScript(
      (choice) => {
        localStorage.setItem('compshare.theme', choice.theme)
        localStorage.setItem('compshare.language', choice.language)
      },
      { theme, language },
    )
    await openComparison(page, t)
    await expect(page).toHaveURL(/\/images\/[^/]+\/compare\/[^/]+\.\.\.[^/]+$/)
    const readme = page.getByRole('region', { name: t.compare.readmeTitle })
    await expect(readme.locator('ins').first()).toBeVisible()

    // The address is the comparison: opening it again shows the same pair.
    const address = page.url()
    const from = page.getByRole('combobox', { name: t.compare.from, exact: true })
    const chosen = await from.inputValue()
    await page.goto(address)
    await expect(readme.locator('ins').first()).toBeVisible()
    await expect(from).toHaveValue(chosen)

    // Every folded stretch opened: the whole readme must fit a phone without sideways scroll.
    const folds = readme.getByRole('button', { expanded: false })
    while ((await folds.count()) > 0) await folds.first().click()
    await expectNoViolations(page, `${address}, ${theme}`)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0)

    // A different "From" is a different address.
    const last = await from.locator('option').last().getAttribute('value')
    if (last && last !== chosen) {
      await from.selectOption(last)
      await expect(page).not.toHaveURL(address)
      await expect(page).toHaveURL(/\/compare\/[^/]+\.\.\.[^/]+$/)
      await expect(from).toHaveValue(last)
    }
  })
}
