import { expect, test, type Page } from '@playwright/test'
import { en } from '../../src/i18n/en'
import { zh } from '../../src/i18n/zh'
import { expectNoViolations } from './axe'
import { expectNoSidewaysScroll, like, useLanguage } from './walk'

// Browsing like the best: an author's page from a card, hiding an image (and undoing it), a
// starred image's new version marked until opened; in both languages and themes.

const results = (page: Page, t: typeof en) =>
  page.getByRole('region', { name: t.browse.results }).getByRole('article')

/** As if the account last looked at the group before its newest version came out. */
async function lookedBefore(page: Page, groupId: string) {
  await page.evaluate((id) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('compshare.seen.'))!
    const seen = JSON.parse(localStorage.getItem(key)!) as { groups: Record<string, number> }
    seen.groups[id] = (seen.groups[id] ?? 1) - 1
    localStorage.setItem(key, JSON.stringify(seen))
  }, groupId)
}

for (const [language, theme] of [
  ['en', 'light'],
  ['zh', 'dark'],
] as const) {
  const t = language === 'en' ? en : zh
  test(`an author's page, hiding an image, a new version's mark (${language}, ${theme})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000)
    await useLanguage(page, language, theme)
    await page.goto('/')
    const cards = results(page, t)
    await expect(cards).toHaveCount(20)

    // An author's name opens their page: their name as its heading, their totals.
    const first = cards.first()
    const author = (await first.getByRole('paragraph').first().getByRole('link').innerText()).trim()
    await first.getByRole('link', { name: author, exact: true }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: like(t.author.title, author) }),
    ).toBeVisible()
    await expect(page.getByText(like(t.author.totals_other))).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoViolations(page, `author page (${language}, ${theme})`)
    await page.goBack()
    await expect(cards).toHaveCount(20)

    // Hide one image from its card; the note counts it and offers the undoing, focused.
    const second = cards.nth(1)
    const name = await second.getByRole('heading').innerText()
    await second.getByRole('button', { name: like(t.hide.more, name) }).click()
    await expectNoViolations(page, `card's more menu (${language}, ${theme})`)
    await second.getByRole('button', { name: t.hide.image }).click()
    await expect(cards).toHaveCount(19)
    await expect(page.getByRole('button', { name: t.hidden.undo })).toBeFocused()
    // One of twenty: English says it in the singular.
    const onPage = (language === 'en' ? en.hidden.onPage_one : zh.hidden.onPage_other) ?? ''
    await expect(
      page.getByText(language === 'en' ? like(onPage, '1', '20') : like(onPage, '20', '1')),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
    await expectNoViolations(page, `an image hidden (${language}, ${theme})`)
    await page.getByRole('button', { name: t.hidden.undo }).click()
    await expect(cards).toHaveCount(20)

    // Exclude a tag in the filters: its images leave the page, a "not" chip brings them back.
    const tag = (await cards.first().getByRole('list').getByRole('link').first().innerText()).trim()
    let filters = page.getByRole('complementary', { name: t.browse.filters })
    const phone = !(await filters.isVisible())
    if (phone) {
      await page.getByRole('button', { name: new RegExp(`^${t.browse.openFilters}`) }).click()
      filters = page.getByRole('dialog', { name: t.browse.filters })
    }
    await filters.getByRole('searchbox', { name: t.browse.tagSearch }).fill(tag)
    await filters.getByRole('button', { name: like(t.browse.tagExclude, tag) }).click()
    if (phone) await page.keyboard.press('Escape')
    const notChip = page.getByRole('button', { name: like(t.hidden.removeNot, tag) })
    await expect(notChip).toBeVisible()
    await expect(
      cards.filter({ has: page.getByRole('link', { name: tag, exact: true }) }),
    ).toHaveCount(0)
    await expectNoSidewaysScroll(page)
    await expectNoViolations(page, `a tag excluded (${language}, ${theme})`)
    await notChip.click()
    await expect(cards).toHaveCount(20)

    // Star one; once a version newer than the last look is out, its card says so until opened.
    // The tests share one sandbox: each stars a card of its own.
    const third = cards.nth(
      2 + (language === 'zh' ? 2 : 0) + (testInfo.project.name === 'phone' ? 1 : 0),
    )
    const starred = await third.getByRole('heading').innerText()
    await third.getByRole('button', { name: like(t.favorite.add, starred) }).click()
    await expect(
      third.getByRole('button', { name: like(t.favorite.remove, starred) }),
    ).toBeVisible()
    const href = await third.getByRole('link', { name: starred, exact: true }).getAttribute('href')
    await lookedBefore(page, decodeURIComponent(href!.split('/').pop()!))
    await page.reload()
    const marked = cards.filter({ hasText: like(t.card.newVersion) })
    await expect(marked).toHaveCount(1)
    await expect(marked.getByRole('heading')).toHaveText(starred)
    await expectNoViolations(page, `a new version's mark (${language}, ${theme})`)
    await marked.getByRole('link', { name: starred, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: starred })).toBeVisible()
    await page.goBack()
    await expect(cards).toHaveCount(20)
    await expect(cards.filter({ hasText: like(t.card.newVersion) })).toHaveCount(0)
  })
}
