import { expect, test, type Page } from '@playwright/test'
import { parsedReadme } from '../security/xss-payloads'
import { toCoverStep } from './wizard'

type Watched = Window & { __violations: string[]; __csp?: number; __xss?: unknown }

/** Every CSP violation the page reports, and every console line about the policy. */
async function watchPolicy(page: Page) {
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const watched = window as unknown as Watched
    watched.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      watched.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
  return {
    async expectNone() {
      const violations = await page.evaluate(() => (window as unknown as Watched).__violations)
      expect(violations).toEqual([])
      expect(console).toEqual([])
    },
  }
}

async function inEnglish(page: Page, path: string) {
  await page.goto(path)
  await page.evaluate(() => localStorage.setItem('compshare.language', 'en'))
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

test('the preview server sends a strict policy as a header', async ({ page }) => {
  const response = await page.goto('/')
  const policy = response?.headers()['content-security-policy'] ?? ''
  const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|data:|\*/)
  expect(policy).toContain("object-src 'none'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).not.toContain("'unsafe-inline'")
})

test('every page works under the policy, without one violation', async ({ page }) => {
  const policy = await watchPolicy(page)
  await inEnglish(page, '/')
  const results = page.getByRole('region', { name: 'Results' })
  await expect(results.getByRole('article').first()).toBeVisible()
  await results.getByRole('article').first().getByRole('link').first().click()
  await expect(
    page.getByRole('region', { name: 'Readme' }).getByRole('heading').first(),
  ).toBeVisible()
  for (const path of ['/settings', '/my']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  // sonner's own stylesheet (an inline <style> the policy allows by its hash) is in force.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const probe = document.createElement('ol')
        probe.setAttribute('data-sonner-toaster', '')
        document.body.append(probe)
        const position = getComputedStyle(probe).position
        probe.remove()
        return position
      }),
    )
    .toBe('fixed')
  await policy.expectNone()
})

test('publishing with a cover and a hostile readme: the cropper, the preview, nothing runs', async ({
  page,
}) => {
  const policy = await watchPolicy(page)
  await inEnglish(page, '/publish')
  const next = await toCoverStep(page, 'CSP check')

  // The cropper (its own stylesheet, a blob: image), then the preview (a data: image).
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/cover.png')
  await expect(page.locator('.reactEasyCrop_Container')).toHaveCSS('position', 'absolute')
  await page.getByRole('button', { name: 'Use this crop' }).click()
  await expect(page.getByText(/^Cover ready:/)).toBeVisible()
  await next.click()

  // The readme preview renders the XSS corpus in a real browser.
  await page.getByRole('textbox', { name: 'Readme (Markdown)' }).fill(parsedReadme)
  await next.click()
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible()
  await expect(page.getByText('click me').first()).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.locator('script, iframe, object, embed, math')).toHaveCount(0)
  const handlers = await main.evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
  )
  expect(handlers).toEqual([])
  expect(await page.evaluate(() => (window as unknown as Watched).__xss)).toBeUndefined()
  await policy.expectNone()
})

test('script injected into the page does not run', async ({ page }) => {
  await watchPolicy(page)
  await inEnglish(page, '/')
  const ran = await page.evaluate(async () => {
    const watched = window as unknown as Watched
    const script = document.createElement('script')
    script.textContent = 'window.__csp = 1'
    document.head.append(script)
    const button = document.createElement('button')
    button.setAttribute('onclick', 'window.__csp = 2')
    document.body.append(button)
    button.click()
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { value: watched.__csp, violations: watched.__violations }
  })
  expect(ran.value).toBeUndefined()
  expect(ran.violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2)
})
