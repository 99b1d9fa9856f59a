import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readImageGroups } from '@/api/actions/community-images-schema'
import { getInstancePrice } from '@/api/actions/instance-price'
import { describeInstanceTypes } from '@/api/actions/instance-types'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { runsOn } from '@/api/gpu-types'
import { formatPrice } from '@/lib/format'
import { startSize } from '@/lib/launch-plan'
import { connectionKey } from '@/lib/storage-keys'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import type { TestSandbox } from '../support/sandbox'

/** The first page as the service sends it, read by the app's own reader. */
const firstPage = (sandbox: TestSandbox) =>
  readImageGroups(sandbox.call('DescribeCommunityImages', { Limit: 20 }), 'DescribeCommunityImages')
    .groups

const results = () => screen.getByRole('region', { name: 'Results' })
const card = (name: string) => within(results()).getByRole('article', { name })
const filters = () => screen.getByRole('complementary', { name: 'Filters' })

async function chooseGpu(user: Awaited<ReturnType<typeof renderApp>>['user'], label: string) {
  await user.selectOptions(within(filters()).getByRole('combobox', { name: 'My GPU' }), label)
}

describe('"My GPU" while browsing', () => {
  it('is none by default: cards say nothing of a GPU and no price is asked', async () => {
    const spy = sandboxSpy()
    const { sandbox } = await renderApp('/', { language: 'en', handlers: spy.handlers })
    const [first] = firstPage(sandbox)
    await waitFor(() => expect(card(first!.name)).toBeInTheDocument())
    expect(within(filters()).getByRole('combobox', { name: 'My GPU' })).toHaveValue('')
    expect(screen.queryByText(/^Runs on|^Not on/)).toBeNull()
    expect(spy.actions).toContain('DescribeCommunityImages')
    expect(spy.actions.filter((action) => /Instance/.test(action))).toEqual([])
  })

  it('marks each card runs-on or not, with the all-in hourly price the service quotes for it', async () => {
    const { user, sandbox } = await renderApp('/', { language: 'en' })
    const groups = firstPage(sandbox)
    await waitFor(() => expect(card(groups[0]!.name)).toBeInTheDocument())
    await chooseGpu(user, 'RTX 4090')

    const client = createApiClient(sandboxConfig)
    const type = (await describeInstanceTypes(client)).find((t) => t.gpuType === '4090')!
    const running = groups.filter((g) => runsOn(g.versions[0]!.supportedGpuTypes, '4090'))
    expect(running.length).toBeGreaterThan(0)
    expect(running.length).toBeLessThan(groups.length)
    for (const group of groups.filter((g) => !running.includes(g))) {
      expect(within(card(group.name)).getByText('Not on RTX 4090')).toBeInTheDocument()
    }
    for (const group of running.slice(0, 4)) {
      const version = group.versions[0]!
      // What the service itself says an hour of this image costs there, image fee included.
      const quoted = await getInstancePrice(
        client,
        startSize(type, version.sizeMb)!,
        version.imageId,
      )
      const line = within(card(group.name)).getByText(/Runs on RTX 4090/)
      await waitFor(() =>
        expect(line).toHaveTextContent(`${formatPrice(quoted.total, 'en')}/h all in`),
      )
      expect(line).toHaveTextContent(`image ${formatPrice(version.price, 'en')}`)
    }
    // What the zone has of it, once, beside the choice.
    expect(
      await within(filters()).findByText(/RTX 4090 in zone cn-wlcb-01, in stock now: 1 GPU/),
    ).toBeInTheDocument()
  })

  it('filters this page to the images that run on it, honest that the service cannot', async () => {
    const { user, sandbox } = await renderApp('/', { language: 'en' })
    const groups = firstPage(sandbox)
    await waitFor(() => expect(card(groups[0]!.name)).toBeInTheDocument())
    const total = await screen.findByText(/^\d+ images$/)
    const totalText = total.textContent
    await chooseGpu(user, 'RTX 4090')
    await user.click(within(filters()).getByRole('checkbox', { name: /Only images that run on/ }))

    const running = groups.filter((g) => runsOn(g.versions[0]!.supportedGpuTypes, '4090'))
    await waitFor(() =>
      expect(within(results()).getAllByRole('article')).toHaveLength(running.length),
    )
    const note = screen.getByText(/RTX 4090 runs \d+ of the 20 images on this page/)
    expect(note).toHaveTextContent(`runs ${running.length} of the 20`)
    expect(note).toHaveTextContent('The service cannot filter by GPU')
    // The total stays the service's.
    expect(screen.getByText(totalText)).toBeInTheDocument()

    // Undone from its chip, as any filter.
    await user.click(
      screen.getByRole('button', { name: 'Show images for every GPU again, not only RTX 4090' }),
    )
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(20))
    expect(within(filters()).getByRole('checkbox', { name: /Only images/ })).not.toBeChecked()
  })

  it('is still chosen on the next visit, and said in Chinese', async () => {
    const first = await renderApp('/', { language: 'zh' })
    await first.user.selectOptions(
      within(screen.getByRole('complementary', { name: '筛选' })).getByRole('combobox', {
        name: '我的 GPU',
      }),
      'RTX 3090',
    )
    first.unmount()
    const { sandbox } = await renderApp('/', { language: 'zh' })
    const groups = firstPage(sandbox)
    await waitFor(() =>
      expect(screen.getAllByText(/可在 RTX 3090 上运行|不支持 RTX 3090/)).toHaveLength(20),
    )
    const running = groups.filter((g) => runsOn(g.versions[0]!.supportedGpuTypes, '3090'))
    expect(screen.getAllByText(/可在 RTX 3090 上运行/)).toHaveLength(running.length)
    await waitFor(() => expect(screen.getAllByText(/全包 CN¥|全包 ¥/).length).toBeGreaterThan(0))
  })

  it('in a zone that does not sell it, says so without a price', async () => {
    sessionStorage.setItem(
      connectionKey,
      JSON.stringify({
        mode: 'sandbox',
        region: 'cn-sh2',
        zone: 'cn-sh2-02',
        publicKey: '',
        privateKey: '',
      }),
    )
    const { user } = await renderApp('/', { language: 'en' })
    await screen.findAllByRole('article')
    await chooseGpu(user, 'A100')
    expect(
      await within(filters()).findByText(/A100 is not sold in zone cn-sh2-02/),
    ).toBeInTheDocument()
    const fitting = await screen.findAllByText(/Runs on A100/)
    await waitFor(() => expect(fitting[0]).toHaveTextContent('not sold in this zone'))
    expect(screen.queryByText(/all in/)).toBeNull()
  })
})
