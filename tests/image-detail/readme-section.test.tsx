import { render, screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReadmeSection } from '@/features/image-detail/readme-section'
import { initI18n } from '@/i18n/i18n'

beforeAll(async () => {
  await initI18n('en')
})

/** The section, once its readme is drawn; its contents list, if it has one. */
async function renderReadme(readme: string) {
  const view = render(<ReadmeSection readme={readme} />)
  const section = screen.getByRole('region', { name: 'Readme' })
  await waitFor(() => expect(within(section).queryByText(/Rendering the readme/)).toBeNull())
  return { ...view, section, contents: within(section).queryByRole('navigation') }
}

/** Every entry of the contents list: its text, and the text of the heading its link lands on. */
function entries(contents: HTMLElement) {
  return within(contents)
    .getAllByRole('link')
    .map((link) => {
      const id = decodeURIComponent(link.getAttribute('href')?.replace(/^#/, '') ?? '')
      return { text: link.textContent, target: document.getElementById(id)?.textContent ?? null }
    })
}

describe('the contents list', () => {
  it.each([
    ['an underscore in a heading', '## MODEL_PATH', 'MODEL_PATH'],
    ['an entity in a heading', '## Q&amp;A', 'Q&A'],
    ['a setext heading', 'Setext title\n============', 'Setext title'],
    ['a heading in a block quote', '> ## Quoted', 'Quoted'],
    ['emphasis and code in a heading', '## Run `vllm` **fast**', 'Run vllm fast'],
  ])('links %s to that heading', async (_, heading, text) => {
    const readme = ['# Intro', '## Install', heading, '## Usage'].join('\n\n')
    const { contents } = await renderReadme(readme)
    expect(contents).not.toBeNull()
    const list = entries(contents as HTMLElement)
    expect(list).toContainEqual({ text, target: text })
    // Every entry lands on the heading it names, the ones after the odd heading included.
    for (const entry of list) expect(entry.target).toBe(entry.text)
  })

  it('numbers repeated titles as the headings are numbered', async () => {
    const readme = ['# FAQ', '> # FAQ', 'FAQ\n---', '## FAQ'].join('\n\n')
    const { contents } = await renderReadme(readme)
    const links = within(contents as HTMLElement).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#user-content-faq',
      '#user-content-faq-1',
      '#user-content-faq-2',
      '#user-content-faq-3',
    ])
    for (const link of links) {
      expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).not.toBeNull()
    }
  })

  it('lists levels 1–3 only, not code or the footnotes, and only from three entries', async () => {
    const readme = [
      '# One',
      '```\n# not a heading\n```',
      '#### Too deep',
      '## Two[^n]',
      '### Three',
      '[^n]: A note.',
    ].join('\n\n')
    const { contents, unmount } = await renderReadme(readme)
    // The footnote's number is not part of the title; its link still lands on the heading.
    expect(entries(contents as HTMLElement)).toEqual([
      { text: 'One', target: 'One' },
      { text: 'Two', target: 'Two1' },
      { text: 'Three', target: 'Three' },
    ])
    unmount()
    const { contents: none } = await renderReadme('# One\n\n## Two\n\n#### Deep')
    expect(none).toBeNull()
  })

  it('has no list for a readme shown as written', async () => {
    const readme = `# One\n\n## Two\n\n## Three\n\n${'>'.repeat(40)} deep`
    const { contents, section } = await renderReadme(readme)
    expect(contents).toBeNull()
    expect(within(section).getByRole('note')).toBeInTheDocument()
  })
})
