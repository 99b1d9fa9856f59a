import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../support/render-markdown'
import { canary, expectInert, resetCanary } from './inert'
import { canaryCode, xssPayloads } from './xss-payloads'

describe('the XSS corpus through the readme renderer', () => {
  it('covers every kind of payload the issue lists', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(30)
    expect(new Set(xssPayloads.map((p) => p.category))).toEqual(
      new Set([
        'script',
        'javascript: link',
        'data: link',
        'event handler',
        'svg',
        'embedded',
        'image',
        'entity',
        'long line',
        'nested list',
      ]),
    )
  })

  it('would notice a handler that runs (control)', () => {
    const { container } = render(<img alt="" />)
    const img = container.querySelector('img')
    img?.setAttribute('onerror', canaryCode)
    img?.dispatchEvent(new Event('error'))
    expect(canary()).toBe('xss')
    expect(() => expectInert(container)).toThrow(/onerror/)
    resetCanary()
  })

  it.each(xssPayloads.map((p, i) => [`${i + 1} ${p.category}: ${p.source.slice(0, 60)}`, p]))(
    '%s',
    async (_, payload) => {
      const { container } = await renderMarkdown(payload.source)
      expectInert(container, { markdownOnly: true })
      if (payload.text) expect(container.textContent).toContain(payload.text)
      // Raw HTML is dropped, not shown: no tag name survives as an element or as text.
      expect(container.innerHTML).not.toMatch(/<(script|iframe|object|embed|svg)\b/i)
    },
  )

  it('keeps safe links and images working next to the hostile ones', async () => {
    const { container } = await renderMarkdown(
      [
        '[site](https://example.com/a?b=1#c) [here](/images/x) [top](#usage)',
        '![pic](https://example.com/p.png) ![local](/sandbox/covers/a.png)',
      ].join('\n\n'),
    )
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1#c',
      '/images/x',
      '#user-content-usage',
    ])
    expect([...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'https://example.com/p.png',
      '/sandbox/covers/a.png',
    ])
  })
})
