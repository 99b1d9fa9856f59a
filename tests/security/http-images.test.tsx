import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createSeedState } from '@/sandbox/seed'
import type { VersionRecord } from '@/sandbox/types'
import { renderApp } from '../support/render-app'
import { renderMarkdown } from '../support/render-markdown'
import { sandboxEpoch } from '../support/sandbox'

// The CSP's `img-src https:` stops these in a build; the dev server has no CSP, so the app
// itself must not ask for them (ADR 0013).
const insecure = 'http://insecure.example'
const readme = [
  '# Pictures',
  `![plain http](${insecure}/readme.png)`,
  `![HTTP in capitals](HTTP://insecure.example/shout.png)`,
  `[![http inside a link](${insecure}/badge.svg)](${insecure}/page)`,
  '![https](https://secure.example/readme.png)',
  `<img src="${insecure}/raw.png" alt="raw html">`,
].join('\n\n')

const sources = (root: ParentNode) =>
  [...root.querySelectorAll('img, source, video, link[rel=preload]')].map(
    (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? element.outerHTML,
  )

describe('plain-http images from the service or a readme are never requested', () => {
  it('the readme renderer drops them and keeps https ones and http links', async () => {
    const { container } = await renderMarkdown(readme)
    expect(sources(container)).toEqual(['https://secure.example/readme.png'])
    // A link may still go to an http page: a person follows it, the browser does not fetch it.
    expect(container.querySelector(`a[href="${insecure}/page"]`)).not.toBeNull()
  })

  it('a card and the group page show "No cover" for an http cover, and preload nothing', async () => {
    const initialState = createSeedState({ epoch: sandboxEpoch, groupCount: 5 })
    const group = initialState.groups[0]
    if (!group) throw new Error('no seeded group')
    group.versions = group.versions.map((version): VersionRecord => ({
      ...version,
      cover: `${insecure}/cover.png`,
      readme,
    }))
    const view = await renderApp('/', { language: 'en', sandbox: { initialState } })
    const card = await screen.findByRole('article', { name: group.versions[0]?.name })
    expect(within(card).getByText('No cover')).toBeInTheDocument()
    expect(
      sources(document).filter(
        (src) => src.startsWith('http:') && !src.startsWith(location.origin),
      ),
    ).toEqual([])
    view.unmount()

    await renderApp(`/images/${group.id}`, { language: 'en', sandbox: { initialState } })
    const readmeRegion = screen.getByRole('region', { name: 'Readme' })
    await within(readmeRegion).findByRole('img', { name: 'https' }, { timeout: 10_000 })
    expect(sources(document).some((src) => src.startsWith(insecure))).toBe(false)
  })
})
