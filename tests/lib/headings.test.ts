import { describe, expect, it } from 'vitest'
import { createSlugger, extractHeadings } from '@/lib/headings'

describe('extractHeadings', () => {
  it('lists level 1–3 headings with unique slugs, skipping code fences', () => {
    const source = [
      '# 快速开始',
      'text',
      '## Install **vLLM**',
      '```bash',
      '# not a heading',
      '```',
      '### [Docs](https://x.example) link',
      '#### too deep',
      '## Install vLLM',
      '~~~',
      '## inside tilde fence',
      '~~~',
    ].join('\n')
    expect(extractHeadings(source)).toEqual([
      { depth: 1, text: '快速开始', slug: 'user-content-快速开始' },
      { depth: 2, text: 'Install vLLM', slug: 'user-content-install-vllm' },
      { depth: 3, text: 'Docs link', slug: 'user-content-docs-link' },
      { depth: 2, text: 'Install vLLM', slug: 'user-content-install-vllm-1' },
    ])
  })

  it('a slugger gives repeated titles distinct ids', () => {
    const slug = createSlugger()
    expect([slug('FAQ'), slug('FAQ'), slug('!!!')]).toEqual([
      'user-content-faq',
      'user-content-faq-1',
      'user-content-section',
    ])
  })
})

describe('extractHeadings on hostile readmes', () => {
  // Each of these took minutes with the former patterns; now they finish at once.
  it.each([
    ['a heading of spaces', `# a${' '.repeat(100_000)}b`],
    ['unclosed image brackets', `# ${'!['.repeat(50_000)}`],
    ['unclosed links', `# ${'[a]('.repeat(50_000)}`],
    ['unclosed tags', `# ${'<'.repeat(100_000)}`],
  ])('%s', (_, source) => {
    expect(extractHeadings(source)).toHaveLength(1)
  })

  it('drops the closing hashes, keeps hashes that are text', () => {
    expect(extractHeadings('## Title ##\n## C# #\n## a#').map((h) => h.text)).toEqual([
      'Title',
      'C#',
      'a#',
    ])
  })
})
