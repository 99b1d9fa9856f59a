import { render, screen } from '@testing-library/react'
import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { ReadmeTree } from '@/components/markdown/markdown-view'
import { markdownLabels, renderMarkdown } from '../support/render-markdown'

describe('MarkdownView', () => {
  it('renders GitHub-flavoured markdown: tables, code, task lists, headings with ids', async () => {
    await renderMarkdown(
      [
        '# Title',
        '## Usage',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '```py\nprint(1)\n```',
        '',
        '- [x] ready',
        '- [ ] later',
      ].join('\n'),
    )
    // Headings move one level down: the page keeps its own h1.
    expect(screen.getByRole('heading', { level: 2, name: 'Title' })).toHaveAttribute(
      'id',
      'user-content-title',
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Usage' })).toHaveAttribute(
      'id',
      'user-content-usage',
    )
    expect(screen.getByRole('table')).toHaveTextContent('12')
    expect(screen.getByText('print(1)').closest('pre')).not.toBeNull()
    expect(screen.getByRole('img', { name: 'Done' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Not done' })).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })

  it('names wide code and tables only while they scroll, so the keyboard can reach them', async () => {
    await renderMarkdown('```\nwide\n```\n\n| a |\n|---|\n| 1 |')
    // jsdom lays nothing out, so nothing is wider than its box: no extra tab stops.
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    expect(screen.getByText('wide').closest('pre')).not.toBeNull()
  })

  it('opens external links safely and keeps in-page anchors', async () => {
    await renderMarkdown('[site](https://example.com) and [jump](#usage)')
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    )
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('target', '_blank')
    expect(screen.getByRole('link', { name: 'jump' })).toHaveAttribute(
      'href',
      '#user-content-usage',
    )
  })

  it("gives headings ids that cannot shadow the page's globals (DOM clobbering)", async () => {
    await renderMarkdown('# location\n\n# __xss\n\n[top](#location)')
    expect(window.location.href).toMatch(/^http/)
    expect((window as unknown as Record<string, unknown>).__xss).toBeUndefined()
    expect(screen.getByRole('link', { name: 'top' })).toHaveAttribute(
      'href',
      '#user-content-location',
    )
  })

  it.each([
    ['a script tag', '<script>window.__pwned = 1</script>'],
    ['an event handler', '<img src="x" onerror="window.__pwned = 1">'],
    ['an SVG payload', '<svg onload="window.__pwned = 1"></svg>'],
    ['a javascript: link', '[click](javascript:window.__pwned=1)'],
    ['an encoded javascript: link', '[click](&#106;avascript:window.__pwned=1)'],
    ['a data: link', '[click](data:text/html,<script>alert(1)</script>)'],
    ['a javascript: image', '![x](javascript:window.__pwned=1)'],
  ])('leaves %s inert', async (_, source) => {
    const { container } = await renderMarkdown(source)
    expect(container.querySelector('script, svg, iframe, [onerror], [onload]')).toBeNull()
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').toMatch(/^(https?:|#|\/)/)
    }
    for (const img of container.querySelectorAll('img')) {
      expect(img.getAttribute('src') ?? '').toMatch(/^(https?:|\/)/)
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('keeps the heading ids readers link to, GitHub’s, numbered when repeated', async () => {
    await renderMarkdown(
      ['# 快速开始', '## Install **vLLM**', '## MODEL_PATH', '## FAQ', '## FAQ'].join('\n\n'),
    )
    expect(screen.getAllByRole('heading').map((heading) => heading.id)).toEqual([
      'user-content-快速开始',
      'user-content-install-vllm',
      'user-content-model_path',
      'user-content-faq',
      'user-content-faq-1',
    ])
  })

  it('loads images lazily', async () => {
    await renderMarkdown('![cover](https://example.com/a.png)')
    expect(screen.getByRole('img', { name: 'cover' })).toHaveAttribute('loading', 'lazy')
  })
})

describe('footnotes', () => {
  const source = [
    'Weights are quantised[^q], as the paper says[^paper], twice[^q].',
    '',
    '[^q]: Q4_K_M, by llama.cpp.',
    '[^paper]: See the model card.',
  ].join('\n')

  it('every reference and every way back lands on an element of the readme', async () => {
    const { container } = await renderMarkdown(source)
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
    // Three references and three ways back (one per reference).
    expect(links).toHaveLength(6)
    for (const link of links) {
      const target = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '')
      expect(target).toMatch(/^user-content-/)
      expect(container.querySelector(`[id="${target}"]`), link.outerHTML).not.toBeNull()
    }
  })

  it('names the ways back and the heading in the reader’s words, and refs describe themselves', async () => {
    await renderMarkdown(source)
    expect(screen.getByRole('heading', { name: 'Footnotes' })).toHaveAttribute(
      'id',
      'user-content-footnote-label',
    )
    expect(screen.getByRole('link', { name: 'Back to reference 1' })).toHaveAttribute(
      'href',
      '#user-content-fnref-q',
    )
    expect(screen.getByRole('link', { name: 'Back to reference 1-2' })).toHaveAttribute(
      'href',
      '#user-content-fnref-q-2',
    )
    expect(screen.getByRole('link', { name: '2' })).toHaveAccessibleDescription('Footnotes')
  })
})

describe('addresses in a drawn tree', () => {
  const element = (tagName: string, properties: Record<string, string>) => ({
    type: 'element' as const,
    tagName,
    properties,
    children: [{ type: 'text' as const, value: tagName }],
  })

  it('keep http(s), paths and in-readme fragments; lose every other scheme, on any element', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('a', { href: '#usage' }),
        element('a', { href: 'javascript:alert(1)' }),
        element('img', { src: '/covers/a.png', alt: 'cover' }),
        element('img', { src: 'http://elsewhere.example/a.png', alt: 'http' }),
        element('iframe', { src: 'data:text/html,<script>1</script>' }),
        element('video', { poster: 'javascript:alert(1)' }),
        element('q', { cite: 'https://example.com/q' }),
        element('ins', { cite: 'javascript:alert(1)' }),
        // A raw node never comes out of the worker's pipeline; were one there, it is skipped.
        { type: 'raw', value: '<img src=x onerror=alert(1)>' },
      ],
    }
    const { container } = render(<ReadmeTree tree={tree} labels={markdownLabels} />)
    const attributes = (selector: string) =>
      [...container.querySelectorAll(selector)].map((node) =>
        Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
      )
    expect(attributes('a')).toEqual([
      { href: '#user-content-usage', class: expect.any(String) as string },
    ])
    expect(container.querySelectorAll('span')).toHaveLength(1)
    expect(attributes('img').map((img) => img.src)).toEqual(['/covers/a.png'])
    expect(attributes('iframe, video')).toEqual([{}, {}])
    expect(attributes('q, ins')).toEqual([{ cite: 'https://example.com/q' }, {}])
    expect(container.innerHTML).not.toContain('onerror')
  })
})
