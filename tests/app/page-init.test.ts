import { afterEach, describe, expect, it } from 'vitest'
import { detectLanguage, languageStorageKey } from '@/i18n/i18n'
import { languageKey, themeKey } from '@/lib/storage-keys'
import { themeStorageKey } from '@/lib/theme'
import { keysOfTag, pageInitSource as source, runPageInit } from '../support/page-init'

// public/page-init.js runs in <head> before anything else: it must choose the language the
// app will choose (the page frame in index.html shows it), and start the first page's chunks.

function preferLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, value: languages })
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => ({
    href: link.getAttribute('href'),
    priority: link.getAttribute('fetchpriority'),
  }))

const plan = JSON.stringify({
  first: '/assets/start.js',
  routes: [
    ['^/$', ['/assets/browse.js', '/assets/shared.js']],
    ['^/images/[^/]+$', ['/assets/detail.js', '/assets/shared.js']],
  ],
  zh: ['/assets/zh.js'],
  en: ['/assets/en.js'],
})

describe('page-init.js', () => {
  afterEach(() => {
    document.head.querySelectorAll('link').forEach((link) => link.remove())
    window.history.replaceState(null, '', '/')
    preferLanguages(['en-US'])
  })

  it.each([
    [null, ['en-US', 'zh-CN']],
    [null, ['zh-TW', 'en']],
    [null, ['fr-FR', 'de']],
    [null, ['fr-FR', 'EN-gb']],
    ['en', ['zh-CN']],
    ['zh', ['en-US']],
    ['klingon', ['en-US']],
  ])('stored %s, browser %j: the language the app picks', (stored, browser) => {
    if (stored) localStorage.setItem(languageStorageKey, stored)
    preferLanguages(browser)
    runPageInit()
    const expected = detectLanguage(stored, browser) === 'en' ? 'en' : 'zh-CN'
    expect(document.documentElement.lang).toBe(expected)
  })

  it('reads the storage keys the build hands it, the app’s own, and spells none itself', () => {
    expect(keysOfTag()).toEqual({ themeKey: themeStorageKey, languageKey: languageStorageKey })
    expect(source).not.toContain(themeKey)
    expect(source).not.toContain(languageKey)
    localStorage.setItem('other.language', 'en')
    localStorage.setItem('other.theme', 'dark')
    preferLanguages(['zh-CN'])
    runPageInit(undefined, { languageKey: 'other.language', themeKey: 'other.theme' })
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.classList.contains('dark')).toBe(true)
  })

  it('starts the chunks of the page being opened and of its language, after the entry', () => {
    preferLanguages(['en-US'])
    window.history.replaceState(null, '', '/images/group-1?version=v2')
    runPageInit(plan)
    expect(preloads()).toEqual([
      { href: '/assets/en.js', priority: 'low' },
      { href: '/assets/detail.js', priority: 'low' },
      { href: '/assets/shared.js', priority: 'low' },
    ])
  })

  it('starts nothing for pages it has no plan for, or without a readable plan', () => {
    preferLanguages(['zh-CN'])
    window.history.replaceState(null, '', '/settings')
    runPageInit(plan)
    expect(preloads()).toEqual([{ href: '/assets/zh.js', priority: 'low' }])
    document.head.querySelectorAll('link').forEach((link) => link.remove())
    runPageInit('{not json')
    runPageInit()
    expect(preloads()).toEqual([])
    expect(document.documentElement.lang).toBe('zh-CN')
  })
})
