import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeImageUrl, safeUrl } from '@/lib/safe-url'

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['  http://example.com  ', 'http://example.com/'],
    ['/images/group-1', '/images/group-1'],
    ['/sandbox/covers/a.svg?v=2#x', '/sandbox/covers/a.svg?v=2#x'],
  ])('keeps %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    ' \tjavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'mailto:a@example.com',
    '//evil.example/x',
    '/\\evil.example/x',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    'relative/path',
    '',
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeUndefined()
  })

  it('whatever it is given, returns an http(s) URL, a same-origin path or nothing (property)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string().map((s) => `/${s}`),
      fc
        .constantFrom('/', '\\', '\t', 'javascript:', 'data:', '//')
        .chain((head) => fc.string().map((s) => head + s)),
    )
    fc.assert(
      fc.property(hostile, (url) => {
        const safe = safeUrl(url)
        if (safe === undefined) return
        if (safe.startsWith('/')) {
          expect(new URL(safe, 'https://app.example').origin).toBe('https://app.example')
        } else {
          expect(new URL(safe).protocol).toMatch(/^https?:$/)
        }
      }),
    )
  })
})

describe('safeImageUrl', () => {
  it('also takes inline PNG, JPEG and WebP data, and nothing else inline', () => {
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    )
    expect(safeImageUrl('data:image/webp;base64,UklGRg==')).toBe('data:image/webp;base64,UklGRg==')
    expect(safeImageUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined()
    expect(safeImageUrl('data:image/png;base64,AAAA"onerror="x')).toBeUndefined()
    expect(safeImageUrl('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined()
  })
})

describe('images take https or this origin only', () => {
  it.each([
    'http://example.com/cover.png',
    'HTTP://example.com/cover.png',
    '  http://127.0.0.1:8080/a.jpg',
    'http:example.com/a.png',
    'ftp://example.com/a.png',
  ])('drops %j as an image, whatever the CSP would do', (url) => {
    expect(safeImageUrl(url)).toBeUndefined()
    expect(safeUrl(url, 'image')).toBeUndefined()
  })

  it('keeps https and same-origin images, and http links', () => {
    expect(safeImageUrl('https://example.com/a.png')).toBe('https://example.com/a.png')
    expect(safeImageUrl('/api/covers/a.webp')).toBe('/api/covers/a.webp')
    // The sandbox's covers, on the local http server the page itself came from.
    const own = `${location.origin}/sandbox/covers/a.webp`
    expect(own).toMatch(/^http:/)
    expect(safeImageUrl(own)).toBe(own)
    expect(safeUrl('http://example.com/page')).toBe('http://example.com/page')
  })
})
