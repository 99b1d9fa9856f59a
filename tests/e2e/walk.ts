import { expect, type Page } from '@playwright/test'

// What the e2e walks share: the language and theme a visitor chose, messages of the catalogues
// as patterns, and a page that fits the screen.

/** Sets the language (and theme) as a returning visitor has them, before the page's scripts run. */
export async function useLanguage(page: Page, language: 'en' | 'zh', theme?: 'light' | 'dark') {
  await page.goto('/settings')
  await page.evaluate(
    ([value, chosen]) => {
      localStorage.setItem('compshare.language', value!)
      if (chosen) localStorage.setItem('compshare.theme', chosen)
    },
    [language, theme],
  )
}

/**
 * The page fits the screen: a phone's browser widens its layout viewport (innerWidth) to what
 * overflows, so scrollWidth alone would not tell.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width
  const wide = await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])
  expect(wide).toEqual([width, width])
}

/** A message of the catalogue as a pattern: each placeholder matches anything. */
export function like(message: string, ...values: string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\/]/g, '\\$&')
  let index = 0
  return new RegExp(
    escape(message).replace(/{{[^}]*}}/g, () => {
      const value = values[index++]
      return value === undefined ? '.*' : escape(value)
    }),
  )
}

/** Opens the list page and waits for its first page of 20 cards; the results region. */
export async function openList(page: Page) {
  await page.goto('/')
  const results = page.getByRole('region', { name: 'Results' })
  await expect(results.getByRole('article')).toHaveCount(20)
  return results
}
