import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { startOwnServer, type OwnServer } from './own-server'

// What `npm run dev` does differs from the preview the rest of the suite runs: it has no CSP,
// so only the app itself keeps plain-http images off the page (ADR 0013).

let dev: OwnServer | undefined
let insecure: Server | undefined
let insecureOrigin = ''
const fetched: string[] = []

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'desktop', 'one browser is enough: it is about Chromium')
  test.setTimeout(60_000)
  // A plain-http image host on this machine: it records every picture a browser asks it for.
  insecure = createServer((request, response) => {
    fetched.push(request.url ?? '')
    response.writeHead(200, { 'Content-Type': 'image/png' }).end()
  })
  await new Promise<void>((done) => insecure?.listen(0, '127.0.0.1', done))
  insecureOrigin = `http://127.0.0.1:${(insecure.address() as AddressInfo).port}`
  dev = await startOwnServer('dev')
})

test.afterAll(async () => {
  await dev?.stop()
  const server = insecure
  if (server) await new Promise((done) => server.close(done))
})

type Version = { Cover?: string; Readme?: string }
type Route = Parameters<Parameters<Page['route']>[1]>[0]

/**
 * Playwright's own fetch reuses kept-alive connections, and Node closes an idle one after 5 s:
 * a request sent on it as it closes ends in "socket hang up" (a CI failure). Every call this
 * page makes is a read, so one more try is what a browser does too.
 */
async function fetchRetryingReset(route: Route) {
  try {
    return await route.fetch()
  } catch (error) {
    if (!String(error).includes('ECONNRESET')) throw error
    return route.fetch()
  }
}
type Group = { Data?: Version[] }

test('plain-http covers and readme images from the service are never fetched', async ({ page }) => {
  const origin = dev?.origin ?? ''
  // The service answers with http addresses (it may; nothing in the protocol forbids it).
  await page.route(`${origin}/api`, async (route) => {
    const response = await fetchRetryingReset(route)
    const body = (await response.json()) as { CompshareImageGroup?: Group[] }
    for (const group of body.CompshareImageGroup ?? []) {
      for (const version of group.Data ?? []) {
        version.Cover = `${insecureOrigin}/cover.png`
        version.Readme = `# Pictures\n\n![over http](${insecureOrigin}/readme.png)\n\n![https](https://secure.invalid/a.png)`
      }
    }
    await route.fulfill({ response, json: body })
  })
  await page.goto(`${origin}/`)
  const results = page.getByRole('region', { name: /Results|结果/ })
  // The dev server compiles each module on first use: the first visit may be slow.
  await expect(results.getByRole('article').first()).toBeVisible({ timeout: 30_000 })
  await results.getByRole('article').first().getByRole('link').first().click()
  const readme = page.getByRole('region', { name: /Readme|说明/ })
  await expect(readme.getByRole('img', { name: 'https' })).toBeAttached({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual([])
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('img, link[rel=preload]')]
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
        .filter((src) => src.startsWith('http:') && !src.startsWith(location.origin)),
    ),
  ).toEqual([])
})

test('an address whose escapes do not decode gets the app’s own "page not found"', async ({
  page,
}) => {
  for (const path of ['/images/%ZZ', '/images/%E0%A4%A', '/%ZZ/x?q=1']) {
    const response = await page.goto(`${dev?.origin ?? ''}${path}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Page not found|Image not found|页面不存在|找不到/,
      { timeout: 30_000 },
    )
  }
})
