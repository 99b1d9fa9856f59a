import { expect, test, type Page } from '@playwright/test'
import { en } from '../../src/i18n/en'
import { runEn } from '../../src/i18n/run-en'
import { runZh } from '../../src/i18n/run-zh'
import { zh } from '../../src/i18n/zh'
import { expectNoViolations } from './axe'
import { expectNoSidewaysScroll, like, useLanguage } from './walk'

// "My GPU" while browsing: chosen once, every card says whether it runs there and what an hour
// costs all in, and a filter to those that run, honest that the service cannot filter by GPU.

/** The filters: the sidebar on wide screens, the drawer (opened) on phones. */
async function openFilters(page: Page, t: typeof en) {
  const sidebar = page.getByRole('complementary', { name: t.browse.filters })
  if (await sidebar.isVisible()) return { filters: sidebar, close: () => Promise.resolve() }
  await page.getByRole('button', { name: new RegExp(`^${t.browse.openFilters}`) }).click()
  const drawer = page.getByRole('dialog', { name: t.browse.filters })
  return {
    filters: drawer,
    close: async () => {
      await page.keyboard.press('Escape')
      await expect(drawer).toBeHidden()
    },
  }
}

for (const [language, theme] of [
  ['en', 'light'],
  ['zh', 'dark'],
] as const) {
  const t = language === 'en' ? en : zh
  const r = language === 'en' ? runEn : runZh
  test(`choose My GPU, read each card against it, keep only what runs (${language}, ${theme})`, async ({
    page,
  }) => {
    await useLanguage(page, language, theme)
    await page.goto('/')
    const results = page.getByRole('region', { name: t.browse.results })
    const cards = results.getByRole('article')
    await expect(cards).toHaveCount(20)
    await expect(page.getByText(like(t.card.runsOn))).toHaveCount(0)

    let { filters, close } = await openFilters(page, t)
    await filters.getByRole('combobox', { name: t.browse.myGpu }).selectOption('4090')
    await expect(filters.getByText(like(r.fit.summary, 'RTX 4090', 'cn-wlcb-01'))).toBeVisible()
    await filters.getByRole('checkbox', { name: like(t.browse.fitsOnly, 'RTX 4090') }).check()
    await close()

    // Only cards that run on it, each with its all-in price; the note says what was left out.
    const note = page.getByRole('status').filter({ hasText: 'RTX 4090' })
    await expect(note).toContainText(/GPU/)
    await expect(cards.filter({ hasText: like(t.card.notOn, 'RTX 4090') })).toHaveCount(0)
    const shown = await cards.count()
    expect(shown).toBeGreaterThan(0)
    const allIn = new RegExp(r.fit.allIn.replace('{{price}}', '¥\\d+\\.\\d{2}').replace('/', '\\/'))
    await expect(cards.first().getByText(like(t.card.runsOn, 'RTX 4090'))).toContainText(allIn)
    await expectNoSidewaysScroll(page)
    await expectNoViolations(page, `My GPU filter (${language}, ${theme})`)

    // Kept on this device: a reload shows the same.
    await page.reload()
    await expect(cards).toHaveCount(shown)
    await expect(note).toBeVisible()

    // Undone from its chip: the whole page is back, each card marked either way.
    await page.getByRole('button', { name: like(t.browse.removeFits, 'RTX 4090') }).click()
    await expect(cards).toHaveCount(20)
    await expect(cards.filter({ hasText: like(t.card.notOn, 'RTX 4090') })).toHaveCount(20 - shown)
    ;({ filters, close } = await openFilters(page, t))
    await filters.getByRole('combobox', { name: t.browse.myGpu }).selectOption('')
    await close()
    await expect(page.getByText(like(t.card.runsOn))).toHaveCount(0)
  })
}
