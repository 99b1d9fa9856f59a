import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { hostile, hostileIds, hostileState } from './hostile-sandbox'
import { expectInert } from './inert'

// One hostile state for the file: the sandbox copies it for each render.
const initialState = hostileState()
const open = (url: string) => renderApp(url, { language: 'en', sandbox: { initialState } })

describe('hostile names, descriptions and readmes from the service', () => {
  it('the browse card shows them as text', async () => {
    const { container } = await open('/')
    const card = (await screen.findAllByRole('article', { name: hostile.name }))[0]
    if (!card) throw new Error('no hostile card')
    expect(within(card).getByRole('link', { name: hostile.name })).toHaveAttribute(
      'href',
      `/images/${hostileIds.group}`,
    )
    expect(within(card).getByText(hostile.author)).toBeInTheDocument()
    expect(within(card).getByText(hostile.tags[0])).toBeInTheDocument()
    expect(within(card).getByText('No cover')).toBeInTheDocument()
    expectInert(container)
  })

  it('the group page shows facts as text and renders the readme inertly', async () => {
    const { container } = await open(`/images/${hostileIds.group}`)
    expect(screen.getByRole('heading', { level: 1, name: hostile.name })).toBeInTheDocument()
    expect(screen.getByText(hostile.description)).toBeInTheDocument()
    expect(screen.getAllByText(hostile.versionDesc).length).toBeGreaterThan(0)
    expect(screen.getByText(hostile.author, { exact: false })).toBeInTheDocument()
    expect(screen.getByText(`${hostile.software}: 8888`, { exact: false })).toBeInTheDocument()
    const readme = screen.getByRole('region', { name: 'Readme' })
    // The renderer is a lazy chunk: wait for the link text of the first javascript: payload.
    expect(
      (await within(readme).findAllByText('click me', {}, { timeout: 10_000 })).length,
    ).toBeGreaterThan(3)
    // What links survive stay on this origin or go where the text says (example.com).
    const origins = within(readme)
      .queryAllByRole('link')
      .map((link) => new URL(link.getAttribute('href') ?? '', location.href).origin)
    expect(new Set(origins)).toEqual(new Set([location.origin, 'https://example.com']))
    expectInert(container)
  })

  it('a readme too large or too deep to parse is shown as plain text', async () => {
    const { container } = await open(
      `/images/${hostileIds.group}?version=${hostileIds.olderVersion}`,
    )
    const readme = screen.getByRole('region', { name: 'Readme' })
    expect(
      await within(readme).findByText(/level 499/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(within(readme).queryByRole('navigation')).not.toBeInTheDocument()
    expect(within(readme).getByRole('note')).toHaveTextContent(/too large or too deeply nested/)
    expectInert(container)
  })

  it('My images shows own groups, custom images and favourites as text', async () => {
    const { container } = await open('/my')
    // A custom image, an own group and a starred group, each in its own section.
    await waitFor(() => expect(screen.getAllByText(hostile.name)).toHaveLength(3))
    expect(screen.getAllByRole('article', { name: hostile.name })).toHaveLength(2)
    expectInert(container)
  })

  it('the publish form lists a hostile custom image name as text', async () => {
    const { container } = await open('/publish')
    expect(
      await screen.findByRole('radio', { name: new RegExp(hostile.name.slice(0, 20)) }),
    ).toBeInTheDocument()
    expectInert(container)
  })
})
