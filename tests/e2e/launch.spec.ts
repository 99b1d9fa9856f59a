import { expect, test } from '@playwright/test'
import { signRequest } from '../../src/api/signature'
import { sandboxAccounts } from '../../src/sandbox/state/accounts'
import { en } from '../../src/i18n/en'
import { runEn } from '../../src/i18n/run-en'
import { runZh } from '../../src/i18n/run-zh'
import { zh } from '../../src/i18n/zh'
import { expectNoSidewaysScroll, like, useLanguage } from './walk'

// From a group page to a running instance and back, against the preview server's sandbox:
// fit, stock and price per GPU, a launch, its start on /my, its application's page, a stop and
// a delete. Instances take SANDBOX_INSTANCE_SECONDS (10 by default) to start or stop.

interface Version {
  CompShareImageId: string
  Status: string
  SupportedGpuTypes: string[]
  SoftwarePorts: { Software: string }[]
  VersionName: string
}

/** A group online now whose current version runs on a 4090 and opens an application. */
async function launchableGroup(baseURL: string) {
  const body = new URLSearchParams(
    signRequest(
      { Action: 'DescribeCommunityImages', Region: 'cn-wlcb', Limit: 100 },
      sandboxAccounts[0]!,
    ),
  )
  const answer = (await (await fetch(`${baseURL}/api`, { method: 'POST', body })).json()) as {
    CompshareImageGroup: { GroupId: string; ImageName: string; Data: Version[] }[]
  }
  const group = answer.CompshareImageGroup.find(({ Data: [current] }) =>
    Boolean(
      current &&
      current.Status === 'Available' &&
      current.SupportedGpuTypes.includes('4090') &&
      current.SoftwarePorts.length > 0,
    ),
  )
  if (!group) throw new Error('no launchable group in the sandbox')
  return {
    id: group.GroupId,
    name: group.ImageName,
    app: group.Data[0]!.SoftwarePorts[0]!.Software,
    version: group.Data[0]!.VersionName,
  }
}

for (const language of ['en', 'zh'] as const) {
  const r = language === 'en' ? runEn : runZh
  const t = language === 'en' ? en : zh
  test(`launch from a group page, watch it start, open its application, stop and delete it (${language})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000)
    const group = await launchableGroup(baseURL!)
    await useLanguage(page, language)
    await page.goto(`/images/${group.id}`)
    // The section is drawn when the end of the page comes near; its link at the top leads there.
    await page.getByRole('link', { name: t.detail.runLink }).click()

    const table = page.getByRole('table', { name: like(r.run.caption, group.version) })
    await expect(table).toBeVisible()
    const row = table.getByRole('row', { name: /RTX 4090(?! 48G)/ })
    await expect(row.getByRole('cell', { name: r.run.inStock })).toBeVisible()
    // Every priced row shows its all-in price; one in stock is marked the cheapest.
    await expect(table.getByText(r.run.cheapest)).toHaveCount(1)
    const perHour = new RegExp(
      r.run.perHour.replace('{{price}}', '¥\\d+\\.\\d{2}').replace('/', '\\/'),
    )
    await expect(row.getByText(perHour)).toBeVisible()

    await expectNoSidewaysScroll(page)
    await row.getByRole('button').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('checkbox', { name: r.launch.autoStop })).toBeChecked()
    await expect(dialog.getByText(group.app).first()).toBeVisible()
    const submit = dialog.getByRole('button', {
      name: like(r.launch.submit),
    })
    await expect(submit).toBeEnabled()
    await submit.click()
    await expect(dialog.getByRole('status')).toContainText('uhost-')
    const id = (await dialog.getByRole('status').textContent())?.match(/uhost-[0-9a-z]+/)?.[0]
    expect(id).toBeTruthy()
    await dialog.getByRole('link', { name: r.launch.goMine }).click()

    const instances = page.getByRole('region', { name: r.instances.title })
    const card = instances.getByRole('article').filter({ hasText: id! })
    await expect(card).toBeVisible()
    // It starts on the sandbox's clock, and /my follows it there without a reload.
    await expect(card.getByText(r.instances.states.Running, { exact: true })).toBeVisible({
      timeout: 30_000,
    })
    // The automatic stop, on by default, was set with it.
    await expect(card.getByText(r.instances.noStop)).toHaveCount(0)

    const opened = page.waitForEvent('popup')
    await card.getByRole('link', { name: new RegExp(group.app) }).click()
    const app = await opened
    await expect(app.locator('body')).toContainText(group.app)
    await expect(app.locator('body')).toContainText(id!)
    await app.close()

    await card.getByRole('button', { name: like(r.instances.stopNamed) }).click()
    await page.getByRole('dialog').getByRole('button', { name: r.instances.confirmStop }).click()
    await expect(card.getByText(r.instances.states.Stopped, { exact: true })).toBeVisible({
      timeout: 30_000,
    })

    await card.getByRole('button', { name: like(r.instances.deleteNamed) }).click()
    await page.getByRole('dialog').getByRole('button', { name: r.instances.confirmDelete }).click()
    await expect(card).toHaveCount(0, { timeout: 15_000 })
    await expectNoSidewaysScroll(page)
  })
}
