import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

// The demo account's "我的 ComfyUI 工作流": v2.1 and v2.0 Available, v1.2 Offline.
const groupId = 'group-035c1dda'
const seeded = createTestSandbox().sandbox.state()
const versionId = (name: string) =>
  seeded.groups.find((g) => g.id === groupId)?.versions.find((v) => v.versionName === name)?.id ??
  ''

type View = Awaited<ReturnType<typeof renderApp>>
const stored = (view: View, name: string) =>
  view.sandbox.sandbox
    .state()
    .groups.find((g) => g.id === groupId)
    ?.versions.find((v) => v.versionName === name)

async function openEdit(options: Parameters<typeof renderApp>[1] = {}) {
  const view = await renderApp(`/my/versions/${versionId('v2.1')}/edit`, {
    language: 'en',
    ...options,
  })
  await screen.findByRole('heading', { level: 1, name: /Edit 我的 ComfyUI 工作流 v2\.1/ })
  return view
}

const updates = (actions: URLSearchParams[]) =>
  actions.filter((fields) => fields.get('Action') === 'UpdateCompShareImage')

function updateSpy() {
  const sent: URLSearchParams[] = []
  const handler = http.post('*/api', async ({ request }) => {
    sent.push(new URLSearchParams(await request.clone().text()))
    return undefined
  })
  return { sent, handlers: [handler] }
}

describe('editing a published version', () => {
  it('sends only what changed; a description edit stays online', async () => {
    const spy = updateSpy()
    const view = await openEdit({ handlers: spy.handlers })
    const description = screen.getByRole('textbox', { name: 'Description' })
    await view.user.clear(description)
    await view.user.type(description, 'Now with Flux dev')
    expect(screen.queryByRole('note')).toBeNull()
    await view.user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('Saved: v2.1 shows the changes now.')).toBeVisible()
    const [sent, ...more] = updates(spy.sent)
    expect(more).toHaveLength(0)
    const fields = [...(sent?.keys() ?? [])].filter(
      (key) => !/^(Action|Region|Zone|PublicKey|Signature)$/.test(key),
    )
    expect(fields.sort()).toEqual(['CompShareImageId', 'Description'])
    expect(stored(view, 'v2.1')).toMatchObject({
      description: 'Now with Flux dev',
      status: 'Available',
    })
  })

  it('a price change is called out as going back to review, and does', async () => {
    const view = await openEdit()
    await view.user.click(screen.getByRole('radio', { name: 'Paid' }))
    await view.user.type(screen.getByRole('textbox', { name: 'Price (yuan per hour)' }), '0.3')
    expect(screen.getByRole('note')).toHaveTextContent('These changes send v2.1 back to review')
    await view.user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText(/v2\.1 is back in review/)).toBeVisible()
    expect(stored(view, 'v2.1')).toMatchObject({ price: 0.3, status: 'Reviewing' })
  })

  it('a refusal is shown on its field, and nothing typed is lost', async () => {
    const refuse = http.post('*/api', async ({ request }) => {
      const fields = new URLSearchParams(await request.clone().text())
      if (fields.get('Action') !== 'UpdateCompShareImage') return undefined
      return HttpResponse.json({ RetCode: 230, Message: 'Parameter Name is not valid: taken' })
    })
    const view = await openEdit({ handlers: [refuse] })
    const name = screen.getByRole('textbox', { name: 'Community image name' })
    await view.user.clear(name)
    await view.user.type(name, 'ComfyUI Flux')
    await view.user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveValue('ComfyUI Flux')
    expect(await screen.findByText('The changes were not saved')).toBeVisible()
  })

  it('unsaved changes survive a reload', async () => {
    const first = await openEdit()
    await first.user.type(screen.getByRole('textbox', { name: 'Readme (Markdown)' }), '\nMore')
    first.unmount()
    await openEdit()
    expect(screen.getByText(/Your unsaved changes from .* were restored/)).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Readme (Markdown)' })).toHaveValue(
      `${stored(first, 'v2.1')?.readme}\nMore`,
    )
  })
})

describe('hiding and showing a version', () => {
  it('says what the marketplace shows afterwards, hides, and shows again', async () => {
    const spy = sandboxSpy()
    const view = await renderApp('/my', { language: 'en', handlers: spy.handlers })
    const group = await screen.findByRole('article', { name: '我的 ComfyUI 工作流' })
    await view.user.click(
      within(group).getByRole('button', { name: 'Hide v2.1 of 我的 ComfyUI 工作流' }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Hide v2.1?' })
    expect(dialog).toHaveTextContent(
      'The marketplace goes on listing 我的 ComfyUI 工作流, with v2.0 as its current version.',
    )
    await view.user.click(within(dialog).getByRole('button', { name: 'Hide it' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(spy.actions.filter((a) => a === 'UpdateCompShareImage')).toHaveLength(1)

    const market = view.sandbox.call('DescribeCommunityImages', { GroupId: groupId })
      .CompshareImageGroup as { Data: { VersionName: string }[] }[]
    expect(market[0]?.Data.map((v) => v.VersionName)).not.toContain('v2.1')
    await view.user.click(
      await within(group).findByRole('button', { name: 'Show v2.1 of 我的 ComfyUI 工作流 again' }),
    )
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'v2.1 will be listed again, as the current version of 我的 ComfyUI 工作流.',
    )
    await view.user.click(screen.getByRole('button', { name: 'Show it' }))
    await within(group).findByRole('button', { name: 'Hide v2.1 of 我的 ComfyUI 工作流' })
    expect(stored(view, 'v2.1')?.hidden).toBeFalsy()
  })

  it('hiding the only online version says the image leaves the marketplace', async () => {
    const view = await renderApp('/my', { language: 'en' })
    const group = await screen.findByRole('article', { name: 'Qwen2.5 vLLM API 服务' })
    await view.user.click(within(group).getByRole('button', { name: /^Hide v1\.2/ }))
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'Qwen2.5 vLLM API 服务 will no longer appear in the marketplace: no other version of it is online.',
    )
  })

  it("the page of one's own image offers editing and hiding the version shown", async () => {
    await renderApp(`/images/${groupId}`, { language: 'en' })
    const edit = await screen.findByRole('link', { name: 'Edit v2.1 of 我的 ComfyUI 工作流' })
    expect(edit).toHaveAttribute('href', `/my/versions/${versionId('v2.1')}/edit`)
    expect(screen.getByRole('button', { name: 'Hide v2.1 of 我的 ComfyUI 工作流' })).toBeVisible()
  })
})
