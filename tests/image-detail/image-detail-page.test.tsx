import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { createTestSandbox, type TestSandbox } from '../support/sandbox'

interface WireVersion {
  CompShareImageId: string
  VersionName: string
  Author: string
  Status: string
  Readme: string
  PubTime: number
  SoftwarePorts: { Software: string; Port: number }[]
  Softwares: { CUDAVersion: string }
}
interface WireGroup {
  GroupId: string
  ImageName: string
  Data: WireVersion[]
}

const groups = (sandbox: TestSandbox, action: string, params: Record<string, unknown> = {}) =>
  (
    sandbox.call(action, { Limit: 100, ...params }) as unknown as {
      CompshareImageGroup: WireGroup[]
    }
  ).CompshareImageGroup

// A group with several listed versions, found in the same deterministic seed the page gets.
const seed = createTestSandbox()
const multi = groups(seed, 'DescribeCommunityImages').find((g) => g.Data.length >= 3)
if (!multi) throw new Error('the seed has no group with three listed versions')
const newestFirst = [...multi.Data].sort((a, b) => b.PubTime - a.PubTime)
const own = groups(seed, 'DescribeSelfCommunityImages').find(
  (g) => groups(seed, 'DescribeCommunityImages', { GroupId: g.GroupId }).length > 0,
)

/** A version's radio by its exact name: v0.4.1 must not also find v0.4.10. */
const versionNamed = (name: string) => new RegExp(`^${name.replace(/\./g, '\\.')}(?![.\\d])`)

describe('the group page', () => {
  it('shows the group, its facts, every listed version and the rendered readme', async () => {
    await renderApp(`/images/${multi.GroupId}`, { language: 'en' })
    expect(screen.getByRole('heading', { level: 1, name: multi.ImageName })).toBeInTheDocument()
    expect(document.title).toContain(multi.ImageName)
    expect(screen.getByText('Price')).toBeInTheDocument()
    expect(screen.getByText('Supported GPUs')).toBeInTheDocument()
    // Every seeded version states its ports, CUDA version and framework.
    const current = newestFirst.find((v) => v.Status === 'Available')
    const port = current?.SoftwarePorts[0]
    const fact = (term: string) => screen.getByText(term).nextElementSibling?.textContent
    expect(fact('Applications and ports')).toContain(`${port?.Software}: ${port?.Port}`)
    expect(fact('CUDA')).toBe(current?.Softwares.CUDAVersion)
    expect(fact('Supported GPUs')).toMatch(/\(\d+ GB\)/)

    const versions = screen.getByRole('group', { name: /Versions/ })
    expect(within(versions).getAllByRole('radio')).toHaveLength(multi.Data.length)
    // The readme arrives with the lazily loaded renderer; its headings get ids for the contents.
    const readme = screen.getByRole('region', { name: 'Readme' })
    await waitFor(() => expect(within(readme).getAllByRole('heading').length).toBeGreaterThan(2), {
      timeout: 10_000,
    })
    expect(within(readme).getByRole('navigation', { name: 'Contents' })).toBeInTheDocument()
    expect(within(readme).getAllByRole('table').length).toBeGreaterThan(0)
  })

  it('says nothing of ports, CUDA or a framework where the version states none', async () => {
    const state = structuredClone(seed.sandbox.state())
    for (const version of state.groups.find((g) => g.id === multi.GroupId)?.versions ?? []) {
      Object.assign(version, { ports: [], cudaVersion: '', framework: '', frameworkVersion: '' })
    }
    await renderApp(`/images/${multi.GroupId}`, {
      language: 'en',
      sandbox: { initialState: state },
    })
    expect(screen.getByText('Supported GPUs')).toBeInTheDocument()
    for (const term of ['Applications and ports', 'CUDA', 'Framework']) {
      expect(screen.queryByText(term)).not.toBeInTheDocument()
    }
    expect(screen.queryByText(/not stated|no ports/i)).not.toBeInTheDocument()
  })

  it('switches version through the URL, and a deep link opens that version', async () => {
    const older = newestFirst[newestFirst.length - 1]
    if (!older) throw new Error('no older version')
    const { user, router } = await renderApp(`/images/${multi.GroupId}`, { language: 'en' })
    await user.click(screen.getByRole('radio', { name: versionNamed(older.VersionName) }))
    expect(new URLSearchParams(router.state.location.search).get('version')).toBe(
      older.CompShareImageId,
    )
    expect(screen.getByRole('radio', { name: versionNamed(older.VersionName) })).toBeChecked()
  })

  it('opens the version a shared link names', async () => {
    const older = newestFirst[1]
    if (!older) throw new Error('no second version')
    await renderApp(`/images/${multi.GroupId}?version=${older.CompShareImageId}`, {
      language: 'en',
    })
    expect(screen.getByRole('radio', { name: versionNamed(older.VersionName) })).toBeChecked()
  })

  it('a deep link to an unknown group shows a not-found page', async () => {
    await renderApp('/images/group-does-not-exist', { language: 'en' })
    expect(screen.getByRole('heading', { level: 1, name: 'Image not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to community images' })).toHaveAttribute(
      'href',
      '/',
    )
  })

  it('offers "publish a new version" only on the account’s own groups', async () => {
    if (!own) throw new Error('the demo account has no listed group')
    const mine = await renderApp(`/images/${own.GroupId}`, { language: 'en' })
    expect(await screen.findByRole('link', { name: 'Publish a new version' })).toHaveAttribute(
      'href',
      `/publish?group=${own.GroupId}`,
    )
    mine.unmount()

    const theirs = await renderApp(`/images/${multi.GroupId}`, { language: 'en' })
    await waitFor(() => expect(screen.getAllByRole('radio').length).toBeGreaterThan(0))
    // Whose group it is comes from a query of its own: only once that is in, is absence news.
    await waitFor(() => expect(theirs.queryClient.isFetching()).toBe(0))
    expect(screen.queryByRole('link', { name: 'Publish a new version' })).not.toBeInTheDocument()
  })
})
