import { expect, test, type Page } from '@playwright/test'
import { catalogues, expectNoViolations } from './axe'

// A full axe pass over a page of cards takes seconds on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 })

/**
 * One pass per page and project: light Chinese on the desktop, dark English on the phone, so
 * each theme, each language and each layout is checked (the suite must fit CI's 20 minutes;
 * two passes per project took 3.5 of them).
 */
const pairs: Record<string, string[]> = {
  desktop: ['light zh'],
  phone: ['dark en'],
}

/** Waits until the results are in and no longer dimmed as stale (dimming lowers contrast). */
async function resultsShown(page: Page) {
  await expect(page.locator('section[aria-busy="false"] article').first()).toBeVisible()
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['zh', 'en'] as const) {
    const t = catalogues[language]
    test.describe(`${theme} theme, ${language}`, () => {
      test.beforeEach(async ({ page }, testInfo) => {
        const pair = `${theme} ${language}`
        test.skip(!pairs[testInfo.project.name]?.includes(pair), `${pair} is the other layout's`)
        await page.addInitScript(
          (choice) => {
            localStorage.setItem('compshare.theme', choice.theme)
            localStorage.setItem('compshare.language', choice.language)
          },
          { theme, language },
        )
      })

      test('browse, filtered browse and the empty result', async ({ page }) => {
        await page.goto('/')
        await resultsShown(page)
        await expectNoViolations(page, '/')
        await page.goto('/?tag=LLM&sort=favorites&order=asc&page=2')
        await resultsShown(page)
        await expectNoViolations(page, '/ with filters')
        await page.goto('/?q=no-such-image-anywhere')
        await expect(page.getByRole('heading', { name: t.browse.emptyTitle })).toBeVisible()
        await expectNoViolations(page, '/ with no results')
      })

      test('the filter drawer, open', async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'phone', 'the drawer is the phone layout')
        await page.goto('/?tag=LLM')
        await resultsShown(page)
        await page.getByRole('button', { name: new RegExp(`^${t.browse.openFilters}`) }).click()
        await expect(page.getByRole('dialog', { name: t.browse.filters })).toBeVisible()
        await expectNoViolations(page, 'filter drawer')
      })

      test('a group page, and one of its versions', async ({ page }) => {
        // The most starred group: a seeded one, with a long readme (code, tables), whatever
        // other tests publish meanwhile.
        await page.goto('/?sort=favorites')
        await resultsShown(page)
        await page.getByRole('article').first().getByRole('heading').getByRole('link').click()
        await expect(page.getByRole('heading', { name: t.detail.readme })).toBeVisible()
        await expect(page.getByText(t.detail.loadingReadme)).toHaveCount(0)
        await expectNoViolations(page, 'group page')
        const versions = page.getByRole('radio')
        if ((await versions.count()) > 1) {
          await versions.first().focus()
          await page.keyboard.press('ArrowDown')
          await expect(page).toHaveURL(/version=/)
          await expect(page.getByText(t.detail.loadingReadme)).toHaveCount(0)
          await expectNoViolations(page, 'group page, ?version=')
        }
      })

      test('every step of the publish wizard and its result', async ({ page }, testInfo) => {
        const p = t.publish
        const next = page.getByRole('button', { name: p.next, exact: true })
        await page.goto('/publish')
        await expect(page.getByRole('radio', { name: /my-comfyui-flux/ })).toBeVisible()
        await expectNoViolations(page, 'publish: image')
        await page.getByRole('radio', { name: /my-comfyui-flux/ }).check()
        await next.click()
        const version = page.getByRole('textbox', { name: p.version.name, exact: true })
        await expect(version).toBeVisible()
        await next.click()
        await expect(version).toHaveAttribute('aria-invalid', 'true')
        await expectNoViolations(page, 'publish: version, with an error')
        await version.fill('v1.0')
        await next.click()
        await page
          .getByRole('textbox', { name: p.listing.name })
          .fill(`a11y ${testInfo.project.name} ${theme} ${language} ${Date.now()}`)
        await page.getByRole('textbox', { name: p.listing.tagInput }).fill('a11y')
        await page.keyboard.press('Enter')
        await page.getByRole('checkbox', { name: 'RTX 4090 · 24 GB', exact: true }).check()
        await expectNoViolations(page, 'publish: listing')
        await next.click()
        await expect(page.getByText(p.cover.optional)).toBeVisible()
        await expectNoViolations(page, 'publish: cover')
        await page.locator('input[type=file]').setInputFiles('tests/fixtures/photo.jpg')
        await expect(page.getByRole('button', { name: p.cover.apply })).toBeVisible()
        await expectNoViolations(page, 'publish: cropping the cover')
        await page.getByRole('button', { name: p.cover.apply }).click()
        await expect(page.getByText(p.cover.preview)).toBeVisible()
        await expectNoViolations(page, 'publish: cover ready')
        await next.click()
        await page
          .getByRole('textbox', { name: p.readme.label })
          .fill('# Hello\n\n- [x] done\n- [ ] todo\n\n| a | b |\n| - | - |\n| 1 | 2 |')
        await expectNoViolations(page, 'publish: readme')
        await next.click()
        await expect(page.getByRole('heading', { name: p.steps.review })).toBeVisible()
        await expectNoViolations(page, 'publish: review')
        await page.getByRole('button', { name: p.submit, exact: true }).click()
        await expect(page.getByRole('heading', { name: p.result.successTitle })).toBeVisible()
        await expectNoViolations(page, 'publish: submitted')
      })

      test('my images, settings and an unknown address', async ({ page }) => {
        await page.goto('/my')
        await expect(page.getByRole('table', { name: t.my.custom.title })).toBeVisible()
        await page.waitForLoadState('networkidle')
        await expectNoViolations(page, '/my')
        await page.goto('/settings')
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoViolations(page, '/settings')
        await page.goto('/no/such/page')
        await expect(page.getByRole('heading', { name: t.errors.notFoundTitle })).toBeVisible()
        await expectNoViolations(page, '404')
      })

      test('editing a published version, and the hide confirmation', async ({ page }) => {
        await page.goto('/my')
        const edit = page.getByRole('link', { name: /v2\.1/ }).filter({ hasText: t.edit.edit })
        await edit.first().click()
        await expect(page.getByRole('button', { name: t.edit.save })).toBeVisible()
        await page.waitForLoadState('networkidle')
        // The readme preview renders in a worker; a code block wider than a phone becomes a
        // tab stop once its ResizeObserver has run (ScrollRegion): wait for that, not a time.
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLElement>('.overflow-x-auto')].every(
            (box) =>
              box.scrollWidth <= box.clientWidth ||
              box.tabIndex === 0 ||
              box.querySelector('a, button, input, select, textarea') !== null,
          ),
        )
        await expectNoViolations(page, 'the edit page')
        await page.getByRole('button', { name: new RegExp(`^${t.edit.visibility.hide}`) }).click()
        await expect(page.getByRole('dialog')).toBeVisible()
        await expectNoViolations(page, 'the hide confirmation')
      })
    })
  }
}
