import { describe, expect, it } from 'vitest'
import { parseReadme } from '@/components/markdown/pipeline'
import { readmeFragment, readmeHeadings } from '@/lib/headings'

const headingsOf = (source: string) => parseReadme(source).headings

describe('readme headings, read from the parsed tree', () => {
  it('lists every heading with the id its element carries, skipping code', () => {
    const source = [
      '# 快速开始',
      'text',
      '## Install **vLLM**',
      '```bash',
      '# not a heading',
      '```',
      '### [Docs](https://x.example) link',
      '#### deeper',
      '## Install vLLM',
      '~~~',
      '## inside tilde fence',
      '~~~',
    ].join('\n')
    expect(headingsOf(source)).toEqual([
      { depth: 1, text: '快速开始', id: 'user-content-快速开始' },
      { depth: 2, text: 'Install vLLM', id: 'user-content-install-vllm' },
      { depth: 3, text: 'Docs link', id: 'user-content-docs-link' },
      { depth: 4, text: 'deeper', id: 'user-content-deeper' },
      { depth: 2, text: 'Install vLLM', id: 'user-content-install-vllm-1' },
    ])
  })

  it('sees headings the way the parser does: setext, quoted, entities, closing hashes', () => {
    const source = [
      'Setext\n======',
      '> ## Quoted',
      '- ### In a list',
      '## Q&amp;A',
      '## MODEL_PATH',
      '## Title ##',
      '## C# #',
      '## a#',
    ].join('\n\n')
    expect(headingsOf(source)).toEqual([
      { depth: 1, text: 'Setext', id: 'user-content-setext' },
      { depth: 2, text: 'Quoted', id: 'user-content-quoted' },
      { depth: 3, text: 'In a list', id: 'user-content-in-a-list' },
      { depth: 2, text: 'Q&A', id: 'user-content-qa' },
      { depth: 2, text: 'MODEL_PATH', id: 'user-content-model_path' },
      { depth: 2, text: 'Title', id: 'user-content-title' },
      { depth: 2, text: 'C#', id: 'user-content-c' },
      { depth: 2, text: 'a#', id: 'user-content-a' },
    ])
  })

  it('leaves out the footnotes’ own heading and the numbers of footnote references', () => {
    const { tree, headings } = parseReadme('## Usage[^1]\n\n[^1]: A note.')
    expect(headings).toEqual([{ depth: 2, text: 'Usage', id: 'user-content-usage1' }])
    // The footnotes' heading is in the tree, prefixed and marked, but not a readme heading.
    expect(JSON.stringify(tree)).toContain('"id":"user-content-footnote-label"')
  })

  it('lists only headings whose id has the readme prefix', () => {
    const heading = (tagName: string, id?: string) => ({
      type: 'element' as const,
      tagName,
      properties: id === undefined ? {} : { id },
      children: [{ type: 'text' as const, value: tagName }],
    })
    expect(
      readmeHeadings({
        type: 'root',
        children: [heading('h1', 'user-content-a'), heading('h2', 'location'), heading('h3')],
      }),
    ).toEqual([{ depth: 1, text: 'h1', id: 'user-content-a' }])
  })

  it('points in-readme fragments at prefixed ids, once', () => {
    expect(readmeFragment('#usage')).toBe('#user-content-usage')
    expect(readmeFragment('#user-content-usage')).toBe('#user-content-usage')
  })
})

describe('readme headings of hostile readmes', () => {
  // Each of these took minutes with the former heading patterns.
  it.each([
    ['a heading of spaces', `# a${' '.repeat(100_000)}b`],
    ['unclosed image brackets', `# ${'!['.repeat(50_000)}`],
    ['unclosed links', `# ${'[a]('.repeat(5_000)}`],
    ['unclosed tags', `# ${'<'.repeat(100_000)}`],
  ])('%s', (_, source) => {
    expect(headingsOf(source)).toHaveLength(1)
  })
})
