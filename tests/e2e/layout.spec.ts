import { expect, test, type Page } from '@playwright/test'
import { en } from '../../src/i18n/en'
import { hostile, publishHostileGroup, type Seeded } from './hostile-content'
import { expectNoSidewaysOverflow, expectWithin } from './overflow'
import { startOwnServer, type OwnServer } from './own-server'

// Hostile but valid text never widens a page: a group published with the longest name, version
// name, description, notes, tags and software fields the form allows, none of them with a
// place to break a line, and a readme with a 3,000-character heading, a 500-character word and
// URL, long inline code, a wide table and a wide code block. Every page that shows any of it
// must fit the viewport (1280 px on the desktop project, 360 px on the phone): no sideways
// scrolling, and nothing past the edge except inside a box made to scroll sideways.
test.describe.configure({ timeout: 240_000 })

let preview: OwnServer | undefined
let seeded: Seeded

test.beforeAll(async () => {
  test.setTimeout(90_000)
  preview = await startOwnServer('preview', { SANDBOX_REVIEW_SECONDS: '0' })
  seeded = await publishHostileGroup(preview.call)
})

test.afterAll(async () => {
  await preview?.stop()
})

test.beforeEach(async ({ page }, testInfo) => {
  // Both themes: the phone runs dark (only wrapping is checked, but both must still draw).
  const theme = testInfo.project.name === 'phone' ? 'dark' : 'light'
  await page.addInitScript((choice) => {
    localStorage.setItem('compshare.language', 'en')
    localStorage.setItem('compshare.theme', choice)
  }, theme)
})

const open = (page: Page, path: string) => page.goto(`${preview!.origin}${path}`)

/** Until every readme (and preview) on the page is drawn, not "Loading…". */
async function readmesDrawn(page: Page) {
  await expect(page.getByText(en.detail.loadingReadme)).toHaveCount(0)
  await expect(page.locator(`[id^="user-content-heading"]`).first()).toBeVisible()
}

test('every page fits the viewport with the longest valid text in it', async ({ page }) => {
  const card = page.getByRole('article', { name: hostile.name })
  const widths: string[] = []
  const check = async (where: string) => {
    const report = await expectNoSidewaysOverflow(page, where)
    widths.push(`${where}: ${report.pageWidth}/${report.viewport}`)
  }

  await test.step('browse', async () => {
    await open(page, '/')
    await expect(card.first()).toBeVisible()
    await check('/')
    await expectWithin(card.first().locator('img'), card.first(), 'the card cover on /')
    const filters = new URLSearchParams({ q: hostile.name })
    for (const tag of hostile.tags) filters.append('tag', tag)
    await open(page, `/?${filters.toString()}`)
    await expect(card.first()).toBeVisible()
    await check('/ filtered by the name and every tag')
  })

  await test.step('group page', async () => {
    await open(page, `/images/${encodeURIComponent(seeded.groupId)}`)
    await expect(page.getByRole('heading', { level: 1, name: hostile.name })).toBeVisible()
    await readmesDrawn(page)
    await check('group page')
    const contents = page.getByRole('navigation', { name: en.detail.toc })
    const entry = contents.getByRole('link', { name: hostile.heading })
    await expectWithin(entry, contents, 'the contents-list entry of the 3,000-character heading')
    const cover = page.locator('main img').first()
    await expectWithin(cover, cover.locator('xpath=../..'), 'the cover on the group page')
    await expectWithin(cover, page.locator('main'), 'the cover on the group page, in <main>')
  })

  await test.step('compare page', async () => {
    await open(page, `/images/${encodeURIComponent(seeded.groupId)}/compare`)
    const readme = page.getByRole('region', { name: en.compare.readmeTitle })
    await expect(readme.locator('ins').first()).toBeVisible()
    const folds = readme.getByRole('button', { expanded: false })
    // Dispatched: on a page that text has widened, other lines lie over the fold buttons.
    for (let i = 0; i < 20 && (await folds.count()) > 0; i++) {
      await folds.first().dispatchEvent('click')
    }
    await check('compare page')
  })

  await test.step('my images', async () => {
    await open(page, '/my')
    const published = page.getByRole('region', { name: en.my.published.title })
    await expect(published.getByRole('article', { name: hostile.name }).first()).toBeVisible()
    const favourites = page.getByRole('region', { name: en.my.favorites.title })
    await expect(favourites.getByRole('article', { name: hostile.name })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await check('/my')
  })

  await test.step('edit page', async () => {
    await open(page, `/my/versions/${encodeURIComponent(seeded.versionIds[1]!)}/edit`)
    await expect(page.getByRole('button', { name: en.edit.save })).toBeVisible()
    await readmesDrawn(page)
    await check('edit page')
  })

  await test.step('publish wizard, a new version of the group', async () => {
    const query = new URLSearchParams({ group: seeded.groupId, image: seeded.imageId })
    await open(page, `/publish?${query.toString()}`)
    const next = page.getByRole('button', { name: en.publish.next, exact: true })
    await expect(next).toBeVisible()
    await check('publish: image')
    await next.click()
    const version = page.getByRole('textbox', { name: en.publish.version.name, exact: true })
    await version.fill(hostile.nextVersion)
    await page.getByRole('textbox', { name: en.publish.version.notes }).fill(hostile.otherNotes)
    await check('publish: version')
    await next.click()
    const description = page.getByRole('textbox', { name: en.publish.listing.description })
    await description.fill(hostile.otherDescription)
    await check('publish: listing')
    await next.click()
    await expect(page.getByText(en.publish.cover.optional)).toBeVisible()
    await check('publish: cover')
    await next.click()
    await expect(page.getByRole('textbox', { name: en.publish.readme.label })).toBeVisible()
    await readmesDrawn(page)
    await check('publish: readme')
    await next.click()
    await expect(page.getByRole('heading', { name: en.publish.steps.review })).toBeVisible()
    await readmesDrawn(page)
    await check('publish: review')
    const preview = page.getByRole('article', { name: hostile.name })
    await expectWithin(preview, page.locator('main'), 'the review card')
    await expectWithin(preview.locator('img'), preview, 'the review card cover')
  })

  await test.step('settings', async () => {
    await open(page, '/settings')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await check('/settings')
  })

  test.info().annotations.push({ type: 'page widths', description: widths.join('; ') })
})
