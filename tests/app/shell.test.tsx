import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { chunksFor, firstRequestEntry } from '../../build/first-page-preload'
import { renderShell } from '../../build/render-shell'
import type { Rolldown } from 'vite'

describe('the page frame the build writes into index.html', () => {
  const frame = (language: string) => {
    const host = document.createElement('div')
    host.innerHTML = renderShell()
    const found = host.querySelector<HTMLElement>(`[data-shell="${language}"]`)
    if (!found) throw new Error(`no ${language} frame`)
    return found
  }

  it.each([
    [
      'zh',
      'zh-CN',
      'CompShare 社区镜像',
      ['社区镜像', '发布镜像', '我的镜像', '设置'],
      '正在加载…',
    ],
    [
      'en',
      'en',
      'CompShare Community Images',
      ['Community images', 'Publish', 'My images', 'Settings'],
      'Loading…',
    ],
  ])(
    '%s: brand, plain links to every page, and a loading status',
    (language, lang, brand, nav, loading) => {
      const shell = frame(language)
      expect(shell.lang).toBe(lang)
      const view = within(shell)
      expect(view.getByRole('link', { name: brand })).toHaveAttribute('href', '/')
      const links = within(view.getByRole('navigation')).getAllByRole('link')
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
        nav.map((name, index) => [name, ['/', '/publish', '/my', '/settings'][index]]),
      )
      expect(view.getByRole('status')).toHaveTextContent(loading)
      // Nothing in the frame runs: it is inert HTML until the app replaces it.
      expect(shell.querySelector('script, [onclick], [onload]')).toBeNull()
    },
  )
})

describe('which chunks a first page asks for from the head', () => {
  const chunk = (fileName: string, imports: string[], source?: string, name = 'chunk') =>
    ({
      type: 'chunk',
      fileName,
      imports,
      facadeModuleId: source ?? null,
      isEntry: name !== 'chunk',
      name,
    }) as const
  const toBundle = (chunks: ReturnType<typeof chunk>[]) =>
    Object.fromEntries(
      chunks.map((item) => [item.fileName, item]),
    ) as unknown as Rolldown.OutputBundle
  const bundle = Object.fromEntries(
    [
      chunk(
        'assets/index.js',
        ['assets/react.js', 'assets/request.js'],
        '/app/index.html',
        'index',
      ),
      chunk(
        'assets/start.js',
        ['assets/request.js'],
        '/app/src/app/start-first-request.ts',
        'first-request',
      ),
      chunk('assets/request.js', []),
      chunk('assets/react.js', []),
      chunk(
        'assets/browse.js',
        ['assets/react.js', 'assets/cards.js', 'assets/index.js'],
        '/app/src/browse.tsx',
      ),
      chunk('assets/cards.js', ['assets/react.js', 'assets/schema.js']),
      chunk('assets/schema.js', ['assets/cards.js']),
    ].map((item) => [item.fileName, item]),
  ) as unknown as Rolldown.OutputBundle

  it('the route chunk and what it imports, without what the entry already loads', () => {
    expect(chunksFor(bundle, ['src/browse.tsx'])).toEqual([
      '/assets/browse.js',
      '/assets/cards.js',
      '/assets/schema.js',
    ])
  })

  it('fails the build when a planned page has no chunk', () => {
    expect(() => chunksFor(bundle, ['src/gone.tsx'])).toThrow(/no chunk for src\/gone.tsx/)
  })

  it('the first request’s entry, which must not wait for the app’s', () => {
    expect(firstRequestEntry(bundle)).toBe('/assets/start.js')
    const tangled = toBundle([
      chunk('assets/index.js', ['assets/shared.js'], '/app/index.html', 'index'),
      chunk('assets/start.js', ['assets/shared.js'], '/app/src/app/start-first-request.ts', 'x'),
      chunk('assets/shared.js', ['assets/index.js']),
    ])
    expect(() => firstRequestEntry(tangled)).toThrow(/imports the app entry/)
  })
})
