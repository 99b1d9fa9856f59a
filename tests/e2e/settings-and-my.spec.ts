import { expect, test, type Page } from '@playwright/test'

// The preview server forwards /compshare-api to its own sandbox (playwright.config.ts), so
// CompShare mode runs through the real proxy with the sandbox's second demo account.
const second = { publicKey: 'sandbox-public-key-2', privateKey: 'sandbox-private-key-2' }

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('compshare.language'))
      localStorage.setItem('compshare.language', 'en')
  })
})

/** Paths of every API post the page makes from now on. */
function apiPosts(page: Page): string[] {
  const posts: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (request.method() === 'POST' && /^\/(api|compshare-api)$/.test(pathname)) {
      posts.push(pathname)
    }
  })
  return posts
}

test('switching to CompShare signs in through the proxy; /my shows that account; forget ends it', async ({
  page,
}) => {
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'CompShare (the real service)' }).check()
  await page.getByLabel('Public key (PublicKey)').fill(second.publicKey)
  await page.getByLabel('Private key (PrivateKey)').fill(second.privateKey)
  await expect(page.getByLabel('Private key (PrivateKey)')).toHaveAttribute('type', 'password')

  const posts = apiPosts(page)
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText('Connected: this account has 5 custom images.')).toBeVisible()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/^Saved\./)).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: 'My images' }).click()
  const published = page.getByRole('region', { name: 'My published images' })
  await expect(published.getByRole('article', { name: 'Ollama 本地大模型' })).toBeVisible()
  await expect(published.getByRole('article', { name: '我的 ComfyUI 工作流' })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'My custom images' })).toBeVisible()
  expect(posts.length).toBeGreaterThan(0)
  expect(posts.every((path) => path === '/compshare-api')).toBe(true)

  // A reload keeps the keys for this tab, and none of them went to localStorage.
  await page.reload()
  await expect(published.getByRole('article', { name: 'Ollama 本地大模型' })).toBeVisible()
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(second.privateKey)
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain(second.privateKey)
  expect(page.url()).not.toContain('sandbox-p')

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Forget keys' }).click()
  await expect(page.getByText(/^Keys forgotten/)).toBeVisible()
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(second.privateKey)
  await page.getByRole('navigation').getByRole('link', { name: 'My images' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Add your CompShare API keys first' }),
  ).toBeVisible()
})

test('/my in the sandbox fits a phone and links each action to the publish wizard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/my')
  const custom = page.getByRole('table', { name: 'My custom images' })
  await expect(custom.getByRole('link', { name: 'Publish my-comfyui-flux' })).toHaveAttribute(
    'href',
    /^\/publish\?image=compshareImage-/,
  )
  await expect(
    page.getByRole('link', { name: 'Publish a new version of 我的 ComfyUI 工作流' }),
  ).toHaveAttribute('href', /^\/publish\?group=group-/)
  await expect(
    page.getByRole('region', { name: 'My favourites' }).getByRole('article'),
  ).not.toHaveCount(0)
  // Wide tables scroll inside their own box; the page itself never scrolls sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test('"remember" on a full localStorage says so, and a reload still has the keys', async ({
  page,
}) => {
  await page.goto('/settings')
  // Chromium's real quota, filled the way a busy origin fills it.
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20)
    let stored = 0
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk)
        stored += chunk.length
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2))
      }
    }
    return stored
  })
  expect(filled).toBeGreaterThan(1_000_000)

  await page.getByRole('radio', { name: 'CompShare (the real service)' }).check()
  await page.getByLabel('Public key (PublicKey)').fill(second.publicKey)
  await page.getByLabel('Private key (PrivateKey)').fill(second.privateKey)
  await page.getByRole('checkbox', { name: 'Remember the keys on this device' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/not remembered on this device/)).toBeVisible()
  await expect(
    page.getByRole('checkbox', { name: 'Remember the keys on this device' }),
  ).not.toBeChecked()

  await page.reload()
  await expect(page.getByText(/CompShare .*keys kept in this tab only/)).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'My images' }).click()
  const published = page.getByRole('region', { name: 'My published images' })
  await expect(published.getByRole('article', { name: 'Ollama 本地大模型' })).toBeVisible()
})
