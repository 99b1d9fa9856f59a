import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './chromium.ts'

/**
 * The floor page's cards as static HTML: the page rendered once in Chromium, its scripts taken
 * out, written beside the floor's build as `static-<name>.html` (served by the same preview).
 * The third column of the comparison: what the first page costs with no JavaScript at all.
 */
export async function writeStaticPages(
  floorUrl: string,
  outDir: string,
  pages: readonly (readonly [name: string, path: string])[],
): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await browser.newPage()
    for (const [name, path] of pages) {
      await page.goto(floorUrl + path)
      await page.locator('main img').first().waitFor()
      const html = await page.evaluate(() => {
        document.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove())
        return `<!doctype html>\n${document.documentElement.outerHTML}`
      })
      writeFileSync(join(outDir, `static-${name}.html`), html)
    }
  } finally {
    await browser.close()
  }
}
