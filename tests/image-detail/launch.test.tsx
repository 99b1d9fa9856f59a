import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox, type TestSandbox } from '../support/sandbox'

interface Version {
  CompShareImageId: string
  Status: string
  SupportedGpuTypes: string[]
}

/** A group whose current version is online and runs on a 4090 (the sandbox's seed has many). */
function launchableGroup(): { groupId: string; imageId: string } {
  const answer = createTestSandbox().call('DescribeCommunityImages', { Limit: 100 })
  const groups = answer.CompshareImageGroup as { GroupId: string; Data: Version[] }[]
  const group = groups.find(
    ({ Data: [v] }) => v?.Status === 'Available' && v.SupportedGpuTypes.includes('4090'),
  )
  if (!group) throw new Error('no launchable group in the seed')
  return { groupId: group.GroupId, imageId: group.Data[0]!.CompShareImageId }
}

const instancesOf = (sandbox: TestSandbox) =>
  sandbox.call('DescribeCompShareInstance', { Zone: undefined, Limit: 100 }).UHostSet as {
    UHostId: string
    CompShareImageId: string
    ChargeType: string
    CreateTime: number
    StopSchedulerTime: number
  }[]

async function openLaunch(groupId: string, options: Parameters<typeof renderApp>[1] = {}) {
  const app = await renderApp(`/images/${groupId}`, { language: 'en', ...options })
  const table = await screen.findByRole('table', { name: /GPUs for/ })
  const row = await within(table).findByRole('row', { name: /RTX 4090(?! 48G)/ })
  await within(row).findByText(/CN¥\d+\.\d{2}\/h/)
  await app.user.click(within(row).getByRole('button', { name: /Launch .* on RTX 4090/ }))
  const dialog = await screen.findByRole('dialog')
  return { ...app, dialog, table }
}

describe('running a version from its group page', () => {
  it('shows each supported GPU with stock and its all-in price, the cheapest in stock marked', async () => {
    const { groupId } = launchableGroup()
    await renderApp(`/images/${groupId}`, { language: 'en' })
    const table = await screen.findByRole('table', { name: /GPUs for/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    await waitFor(() => expect(within(table).getByText('Cheapest in stock')).toBeVisible())
    // The parts of the price, and the size they are for, beside each total.
    expect(
      within(table).getAllByText(/instance CN¥.* \+ system disk CN¥.* \+ image CN¥/).length,
    ).toBeGreaterThan(0)
  })

  it('launches once, on the size shown, charged by the hour, with its stop scheduled', async () => {
    const { groupId, imageId } = launchableGroup()
    const spy = sandboxSpy()
    const { user, dialog, sandbox } = await openLaunch(groupId, { handlers: spy.handlers })
    expect(within(dialog).getByRole('checkbox', { name: 'Stop it automatically' })).toBeChecked()
    const submit = await within(dialog).findByRole('button', { name: /Launch for CN¥/ })
    await waitFor(() => expect(submit).toBeEnabled())
    await user.click(submit)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(/uhost-\w+ is starting/)
    const [instance, ...more] = instancesOf(sandbox)
    expect(more).toEqual([])
    expect(instance).toMatchObject({ CompShareImageId: imageId, ChargeType: 'Postpay' })
    // Two hours by the service's clock, whatever this device's says.
    expect(instance?.StopSchedulerTime).toBe((instance?.CreateTime ?? 0) + 2 * 3600)
    expect(spy.actions.filter((a) => a === 'CreateCompShareInstance')).toHaveLength(1)
  })

  it.each([
    ['arrived before the connection dropped', 'drop;processed', true],
    ['never arrived', 'drop', false],
  ])(
    'a launch whose answer is lost, that %s: sent once, then the account is checked',
    async (_, fault, arrived) => {
      const { groupId } = launchableGroup()
      const client = createApiClient({ ...sandboxConfig, timeoutMs: 2000 })
      const spy = sandboxSpy()
      const { user, dialog, sandbox } = await openLaunch(groupId, {
        apiClient: client,
        handlers: spy.handlers,
        sandbox: { faults: `${fault};actions=CreateCompShareInstance` },
      })
      const submit = await within(dialog).findByRole('button', { name: /Launch for CN¥/ })
      await waitFor(() => expect(submit).toBeEnabled())
      await user.click(submit)
      if (arrived) {
        expect(
          await within(dialog).findByText(/It was created: uhost-\w+\. Nothing was sent again/),
        ).toBeVisible()
        const [instance, ...more] = instancesOf(sandbox)
        expect(more).toEqual([])
        // Its stop was never sent with the lost answer: it is sent now.
        expect(instance?.StopSchedulerTime).toBeGreaterThan(0)
      } else {
        expect(
          await within(dialog).findByText(/it was not created\. You can try again/),
        ).toBeVisible()
        expect(instancesOf(sandbox)).toEqual([])
        expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeEnabled()
      }
      expect(spy.actions.filter((a) => a === 'CreateCompShareInstance')).toHaveLength(1)
    },
  )

  it('says what a refusal means for an instance, not for an image', async () => {
    const { groupId } = launchableGroup()
    const { http, HttpResponse } = await import('msw')
    const refuse = http.post('*/api', async ({ request }) => {
      const action = new URLSearchParams(await request.clone().text()).get('Action')
      if (action !== 'CreateCompShareInstance') return undefined
      return HttpResponse.json({ RetCode: 226604, Message: 'Resource not enough' })
    })
    const { user, dialog } = await openLaunch(groupId, { handlers: [refuse] })
    const submit = await within(dialog).findByRole('button', { name: /Launch for CN¥/ })
    await waitFor(() => expect(submit).toBeEnabled())
    await user.click(submit)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Not enough resources right now',
    )
    expect(submit).toBeEnabled()
  })
})
