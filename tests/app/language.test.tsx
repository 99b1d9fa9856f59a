import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { detectLanguage, languageStorageKey } from '@/i18n/i18n'
import { renderApp } from '../support/render-app'

function browserLanguages(list: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list)
}

describe('detectLanguage', () => {
  it.each([
    [null, ['zh-CN', 'en'], 'zh'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR', 'en-GB'], 'en'],
    [null, ['zh-TW'], 'zh'],
    [null, ['fr-FR', 'de'], 'zh'],
    [null, [], 'zh'],
    ['en', ['zh-CN'], 'en'],
    ['zh', ['en-US'], 'zh'],
    ['klingon', ['en-US'], 'en'],
  ] as const)('stored %s, browser %j → %s', (stored, preferred, expected) => {
    expect(detectLanguage(stored, preferred)).toBe(expected)
  })
})

describe('language switch', () => {
  afterEach(() => vi.restoreAllMocks())

  it('starts in the browser language when nothing is remembered', async () => {
    browserLanguages(['en-US', 'en'])
    const english = await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Community images')
    expect(document.documentElement.lang).toBe('en')
    english.unmount()

    browserLanguages(['zh-CN'])
    await renderApp('/settings')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('设置')
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('switches the whole interface, and remembers the choice across a reload', async () => {
    browserLanguages(['zh-CN'])
    const first = await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('社区镜像')

    await first.user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English')
    expect(await screen.findByRole('heading', { level: 1, name: 'Community images' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'My images' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(languageStorageKey)).toBe('en')

    // A reload: the app starts again with a Chinese browser but the remembered choice wins.
    first.unmount()
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Community images')
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  })

  it('is also offered on the settings page', async () => {
    const { user } = await renderApp('/settings', { language: 'en' })
    const [, settingsSelect] = screen.getAllByRole('combobox', { name: 'Language' })
    if (!settingsSelect) throw new Error('settings page has no language select')
    await user.selectOptions(settingsSelect, '中文')
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeVisible()
    expect(localStorage.getItem(languageStorageKey)).toBe('zh')
  })
})
