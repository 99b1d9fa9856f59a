import { expect, test, type Page } from '@playwright/test'

/** The draft as this origin's localStorage holds it (both tabs share it). */
const storedValues = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('compshare.publish-draft.'))
    const raw = key ? localStorage.getItem(key) : null
    return raw ? (JSON.parse(raw) as { values: Record<string, unknown> }).values : null
  })

test('two tabs on one draft: the other tab is told and the user chooses', async ({ context }) => {
  await context.addInitScript(() => localStorage.setItem('compshare.language', 'en'))
  const a = await context.newPage()
  await a.goto('/publish')
  await a.getByRole('radio', { name: /my-comfyui-flux/ }).check()
  await a.getByRole('button', { name: 'Next' }).click()
  await a.getByRole('textbox', { name: 'Version', exact: true }).fill('v1.0')
  await a.getByRole('button', { name: 'Next' }).click()
  const nameInA = a.getByRole('textbox', { name: 'Community image name' })
  await expect(nameInA).toBeVisible()

  // The same draft, restored in a second tab on the step it was saved on.
  const b = await context.newPage()
  await b.goto('/publish')
  await expect(b.getByText(/^Your draft saved at .* was restored\.$/)).toBeVisible()
  const descriptionInB = b.getByRole('textbox', { name: 'Description' })
  await expect(descriptionInB).toBeVisible()

  await nameInA.fill('From tab A')
  const noticeInB = b.getByRole('alert', { name: /changed in another tab/ })
  await expect(noticeInB).toBeVisible()
  await expect(noticeInB.getByRole('listitem')).toHaveText(['Community image name'])

  // B keeps typing: nothing of it is written over A's name.
  await descriptionInB.fill('From tab B')
  await expect(noticeInB.getByRole('listitem')).toHaveText(['Community image name', 'Description'])
  expect(await storedValues(b)).toMatchObject({ name: 'From tab A', description: '' })

  await noticeInB.getByRole('button', { name: 'Keep this tab’s version' }).click()
  await expect(noticeInB).toBeHidden()
  expect(await storedValues(b)).toMatchObject({ name: '', description: 'From tab B' })

  // Now A is the one told, and takes B's version.
  const noticeInA = a.getByRole('alert', { name: /changed in another tab/ })
  await expect(noticeInA).toBeVisible()
  await noticeInA.getByRole('button', { name: 'Use the other tab’s version' }).click()
  await expect(noticeInA).toBeHidden()
  await expect(nameInA).toHaveValue('')
  await expect(a.getByRole('textbox', { name: 'Description' })).toHaveValue('From tab B')
  expect(await storedValues(a)).toMatchObject({ name: '', description: 'From tab B' })
  // A's save after taking stored what B holds: B has nothing to be told.
  await expect(b.getByRole('alert')).toHaveCount(0)
})
