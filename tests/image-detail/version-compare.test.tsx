import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { diffReadme } from '@/features/image-detail/version-compare-model'
import { parseRange } from '@/features/image-detail/version-compare-url'
import type { SandboxState, VersionRecord } from '@/sandbox/types'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

// A seeded group with at least three listed versions, its two newest rewritten so that what
// changed between them is known exactly.
const seed = createTestSandbox()
const base = seed.sandbox.state()
const listed = (v: VersionRecord) => !v.hidden && v.status === 'Available'
const chosen = base.groups.find((g) => g.versions.length >= 3 && g.versions.every(listed))
if (!chosen) throw new Error('the seed has no group of three or more Available versions')
const groupId = chosen.id

const readmeLines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the readme`)

/** The seed with the group's two newest versions named v8.1 (older) and v8.2 (newer). */
function stateWith(edit: (older: VersionRecord, newer: VersionRecord) => void): SandboxState {
  const state = structuredClone(base)
  const group = state.groups.find((g) => g.id === groupId)
  const versions = [...(group?.versions ?? [])].filter(listed).sort((a, b) => b.pubTime - a.pubTime)
  const [newer, older] = versions
  if (!newer || !older) throw new Error('no two versions')
  Object.assign(older, { versionName: 'v8.1', readme: readmeLines.join('\n') })
  Object.assign(newer, { versionName: 'v8.2' })
  edit(older, newer)
  return state
}

const changed = () =>
  stateWith((older, newer) => {
    Object.assign(older, { price: 0, tags: ['LLM', 'Chat'], gpus: ['4090', '3090'] })
    const lines = [...readmeLines]
    lines.splice(14, 1, 'Line 15, rewritten for v8.2')
    lines.push('A brand new closing line')
    Object.assign(newer, {
      readme: lines.join('\n'),
      price: 1.5,
      tags: ['LLM', 'vLLM'],
      gpus: ['4090', 'A100'],
    })
  })

const comparePage = (range: string, state: SandboxState) =>
  renderApp(`/images/${groupId}/compare/${range}`, {
    language: 'en',
    sandbox: { initialState: state },
  })

describe('the readme line diff', () => {
  it('keeps three lines of context around each change and folds the rest', () => {
    const before = readmeLines.join('\n')
    const after = before.replace('Line 15 of', 'Line 15, changed, of')
    const diff = diffReadme(before, after)
    expect([diff.added, diff.removed]).toEqual([1, 1])
    expect(diff.blocks.map((b) => [b.folded, b.lines.length])).toEqual([
      [true, 11],
      [false, 8],
      [true, 12],
    ])
  })

  it('reads a name with "..." in it when both sides resolve', () => {
    const named = (versionName: string, imageId: string) =>
      ({ versionName, imageId, pubTime: 0 }) as never
    const versions = [named('v1.0...beta', 'a'), named('v2.0', 'b')]
    expect(parseRange('v1.0...beta...v2.0', versions)).toMatchObject({ found: true })
    expect(parseRange('v1.0...v9', versions)).toEqual({ found: false, unknown: ['v1.0', 'v9'] })
  })
})

describe('the version comparison page', () => {
  it('shows the readme’s added and removed lines and the changed facts', async () => {
    const { user } = await comparePage('v8.1...v8.2', changed())
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: `Compare versions of ${chosen.versions[0]?.name}`,
      }),
    ).toBeInTheDocument()
    const readme = screen.getByRole('region', { name: 'Readme changes' })
    expect(within(readme).getByText('Lines added: 2, removed: 1')).toBeInTheDocument()
    const removed = readme.querySelectorAll('del')
    const added = readme.querySelectorAll('ins')
    expect([...removed].map((d) => d.textContent)).toEqual(['Removed line: Line 15 of the readme'])
    expect([...added].map((d) => d.textContent)).toEqual([
      'Added line: Line 15, rewritten for v8.2',
      'Added line: A brand new closing line',
    ])
    // Unchanged lines far from a change are folded behind a button.
    const show = within(readme).getByRole('button', { name: 'Show 11 unchanged lines' })
    expect(within(readme).queryByText('Line 1 of the readme')).not.toBeInTheDocument()
    await user.click(show)
    expect(within(readme).getByText('Line 1 of the readme')).toBeInTheDocument()
    expect(show).toHaveAttribute('aria-expanded', 'true')

    const fields = screen.getByRole('region', { name: 'Listing changes' })
    const fact = (term: string) => within(fields).getByText(term).nextElementSibling?.textContent
    expect(fact('Price')).toMatch(/^Before: − Free→After: \+ \D*1\.50\/h$/)
    expect(fact('Tags')).toBe('Added: + vLLMRemoved: − Chat')
    expect(fact('Supported GPUs')).toBe('Added: + A100Removed: − RTX 3090')
    expect(within(fields).queryByText('Auto-start')).not.toBeInTheDocument()
  })

  it('takes the pair from the URL, and a changed select changes the URL', async () => {
    const { user, router } = await comparePage('v8.1...v8.2', changed())
    const from = screen.getByRole('combobox', { name: 'From' })
    const to = screen.getByRole('combobox', { name: 'To' })
    expect(within(from).getByRole('option', { selected: true })).toHaveTextContent(/^v8\.1 /)
    expect(within(to).getByRole('option', { selected: true })).toHaveTextContent(/^v8\.2 /)
    // Newest first, every listed version on each side.
    const options = within(from).getAllByRole('option')
    expect(options[0]).toHaveTextContent(/^v8\.2 /)
    expect(options[1]).toHaveTextContent(/^v8\.1 /)

    const oldest = options.at(-1)?.textContent?.split(' ')[0] ?? ''
    await user.selectOptions(from, options.at(-1) as HTMLOptionElement)
    expect(decodeURIComponent(router.state.location.pathname)).toBe(
      `/images/${groupId}/compare/${oldest}...v8.2`,
    )
    expect(within(from).getByRole('option', { selected: true })).toHaveTextContent(oldest)

    await user.click(screen.getByRole('button', { name: /Swap sides/ }))
    expect(decodeURIComponent(router.state.location.pathname)).toBe(
      `/images/${groupId}/compare/v8.2...${oldest}`,
    )
  })

  it('opens the previous → current pair from the group page’s links', async () => {
    const { user, router } = await renderApp(`/images/${groupId}`, {
      language: 'en',
      sandbox: { initialState: changed() },
    })
    await user.click(screen.getByRole('link', { name: 'Compare versions' }))
    await screen.findByRole('region', { name: 'Readme changes' })
    expect(router.state.location.pathname).toBe(`/images/${groupId}/compare/v8.1...v8.2`)

    await user.click(screen.getByRole('link', { name: /^Back to / }))
    await user.click(
      await screen.findByRole('link', { name: 'Compare with previous (v8.1 to v8.2)' }),
    )
    expect(router.state.location.pathname).toBe(`/images/${groupId}/compare/v8.1...v8.2`)
  })

  it('a bare /compare names the default pair in the address', async () => {
    const { router } = await renderApp(`/images/${groupId}/compare`, {
      language: 'en',
      sandbox: { initialState: changed() },
    })
    await screen.findByRole('region', { name: 'Readme changes' })
    expect(router.state.location.pathname).toBe(`/images/${groupId}/compare/v8.1...v8.2`)
  })

  it('an unknown version name shows a not-found message with the way back', async () => {
    await comparePage('v8.1...v9.9', changed())
    expect(screen.getByRole('heading', { level: 1, name: 'Version not found' })).toBeInTheDocument()
    expect(screen.getByText(/has no version named “v9\.9”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^Back to / })).toHaveAttribute(
      'href',
      `/images/${groupId}`,
    )
  })

  it('the same version on both sides says so', async () => {
    await comparePage('v8.2...v8.2', changed())
    expect(screen.getByText(/Both sides are v8\.2, the same version/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Readme changes' })).not.toBeInTheDocument()
  })

  it('two versions with equal fields show "No differences"', async () => {
    const state = stateWith((older, newer) => {
      const { id, versionName, pubTime, createTime, updateTime, size } = newer
      Object.assign(newer, older, { id, versionName, pubTime, createTime, updateTime, size })
    })
    await comparePage('v8.1...v8.2', state)
    expect(screen.getByRole('heading', { name: 'No differences' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Listing changes' })).not.toBeInTheDocument()
  })
})
