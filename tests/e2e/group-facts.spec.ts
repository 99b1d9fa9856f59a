import { expect, test } from '@playwright/test'
import { signRequest } from '../../src/api/signature'
import { sandboxAccounts } from '../../src/sandbox/state/accounts'
import { en } from '../../src/i18n/en'
import { zh } from '../../src/i18n/zh'
import { expectNoViolations } from './axe'
import { expectNoSidewaysScroll, like, useLanguage } from './walk'

// What a group page says of its chosen version, against the preview server's sandbox: tags and
// author as links, the image ID copied to the real clipboard, its QR code; in both languages
// and themes, on the desktop and the phone.

interface Version {
  CompShareImageId: string
  Author: string
  Tags: string[]
  QrCodeUrl: string
}

/** A group whose newest version has several tags and its author's QR code. */
async function richGroup(baseURL: string) {
  const params = { Action: 'DescribeCommunityImages', Region: 'cn-wlcb', Limit: 100 }
  const body = new URLSearchParams(signRequest(params, sandboxAccounts[0]!))
  const answer = (await (await fetch(`${baseURL}/api`, { method: 'POST', body })).json()) as {
    CompshareImageGroup: { GroupId: string; Data: Version[] }[]
  }
  const group = answer.CompshareImageGroup.find(
    ({ Data: [v] }) => v && v.Tags.length > 1 && v.QrCodeUrl,
  )
  if (!group) throw new Error('no group with tags and a QR code in the sandbox')
  return { id: group.GroupId, version: group.Data[0]! }
}

for (const [language, theme] of [
  ['en', 'light'],
  ['zh', 'dark'],
] as const) {
  const t = language === 'en' ? en : zh
  const facts = t.detail.facts
  test(`a group page shows what its version carries and copies its ID (${language}, ${theme})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const { id, version } = await richGroup(baseURL!)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await useLanguage(page, language, theme)
    await page.goto(`/images/${id}?version=${version.CompShareImageId}`)
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/)

    const tags = page.getByRole('list', { name: facts.tags }).getByRole('link')
    await expect(tags).toHaveText(version.Tags)
    await expect(tags.first()).toHaveAttribute(
      'href',
      `/?${new URLSearchParams({ tag: version.Tags[0]! })}`,
    )
    await expect(
      page.getByRole('link', { name: like(facts.authorLink, version.Author) }),
    ).toHaveAttribute('href', `/?${new URLSearchParams({ author: version.Author })}`)
    const qr = page.getByRole('img', { name: like(facts.qrAlt, version.Author) })
    await expect(qr).toBeVisible()
    // The image really loaded (CSP and the address check let it through).
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

    await page.getByRole('button', { name: facts.copyImageId }).click()
    await expect(page.getByRole('status').filter({ hasText: facts.copied })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(version.CompShareImageId)
    await page.getByRole('button', { name: facts.copyVersionLink }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(`${baseURL}/images/${id}?version=${version.CompShareImageId}`)

    await expectNoSidewaysScroll(page)
    await expectNoViolations(page, `group facts (${language}, ${theme})`)
  })
}
