import type { Page } from '@playwright/test'

/**
 * Through the wizard's first steps (image, version, listing) to the cover, in English;
 * `listing` fills more of the listing than its name.
 */
export async function toCoverStep(page: Page, name: string, listing?: () => Promise<void>) {
  const next = page.getByRole('button', { name: 'Next' })
  await page.getByRole('radio', { name: /my-comfyui-flux/ }).check()
  await next.click()
  await page.getByRole('textbox', { name: 'Version', exact: true }).fill('v1.0')
  await next.click()
  await page.getByRole('textbox', { name: 'Community image name' }).fill(name)
  await listing?.()
  await next.click()
  return next
}
