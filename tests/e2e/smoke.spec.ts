import { expect, test } from '@playwright/test'

test.describe('app shell', () => {
  test('opens the marketplace and navigates between pages', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const nav = page.getByRole('navigation')
    for (const [link, path] of [
      [/发布镜像|Publish/, '/publish'],
      [/我的镜像|My images/, '/my'],
      [/设置|Settings/, '/settings'],
    ] as const) {
      await nav.getByRole('link', { name: link }).click()
      await expect(page).toHaveURL(path)
      await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible()
    }
  })

  test('language and theme choices survive a reload, with no flash of the wrong theme', async ({
    page,
  }) => {
    await page.goto('/settings')
    await page
      .getByRole('combobox', { name: /语言|Language/ })
      .first()
      .selectOption('en')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Theme' }).first().selectOption('dark')
    await expect(page.locator('html')).toHaveClass(/dark/)

    // Record the theme as the very first script of the page sees it, before the app runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        ;(window as unknown as { themeAtDomReady: string }).themeAtDomReady =
          document.documentElement.className
      })
    })
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { themeAtDomReady: string }).themeAtDomReady),
    ).toContain('dark')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgb(248, 250, 252)')
  })

  test('an unknown address shows the 404 page inside the shell', async ({ page }) => {
    await page.goto('/definitely/not/here')
    await expect(
      page.getByRole('heading', { level: 1, name: /页面不存在|Page not found/ }),
    ).toBeVisible()
    await expect(page.getByRole('navigation')).toBeVisible()
  })

  test('an address whose escapes do not decode gets the same page, not the server’s empty 404', async ({
    page,
  }) => {
    for (const path of ['/images/%ZZ', '/x/%E0%A4%A?page=2']) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        /页面不存在|Page not found|找不到这个镜像|Image not found/,
      )
      await expect(page.getByRole('navigation')).toBeVisible()
    }
  })

  for (const path of ['/', '/publish', '/my', '/settings']) {
    test(`${path} fits a 360 px phone without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBe(0)
    })
  }
})
