import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { themeStorageKey } from '@/lib/theme'
import { systemScheme } from '../setup'
import { renderApp } from '../support/render-app'
import { runPageInit } from '../support/page-init'

const isDark = () => document.documentElement.classList.contains('dark')

describe('theme switch', () => {
  it('follows the system by default, live', async () => {
    systemScheme.prefersDark = true
    await renderApp('/', { language: 'en' })
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('system')
    expect(isDark()).toBe(true)

    act(() => systemScheme.set(false))
    expect(isDark()).toBe(false)
    expect(document.documentElement.style.colorScheme).toBe('light')
  })

  it('applies a chosen theme and remembers it across a reload', async () => {
    const first = await renderApp('/', { language: 'en' })
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark')
    expect(isDark()).toBe(true)
    expect(document.documentElement.style.colorScheme).toBe('dark')
    expect(localStorage.getItem(themeStorageKey)).toBe('dark')

    // An explicit choice ignores the system scheme.
    act(() => systemScheme.set(false))
    expect(isDark()).toBe(true)

    first.unmount()
    document.documentElement.className = ''
    await renderApp('/', { language: 'en' })
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    expect(isDark()).toBe(true)
  })

  it('going back to "system" forgets the stored choice', async () => {
    localStorage.setItem(themeStorageKey, 'light')
    const { user } = await renderApp('/', { language: 'en' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System')
    expect(localStorage.getItem(themeStorageKey)).toBeNull()
  })
})

describe('page-init.js (runs before first paint)', () => {
  it.each([
    ['dark', false, true],
    ['light', true, false],
    [null, true, true],
    [null, false, false],
    ['garbage', true, true],
  ] as const)('stored %s, system dark %s → dark %s', (stored, systemDark, expected) => {
    if (stored) localStorage.setItem(themeStorageKey, stored)
    systemScheme.prefersDark = systemDark
    runPageInit()
    expect(isDark()).toBe(expected)
    expect(document.documentElement.style.colorScheme).toBe(expected ? 'dark' : 'light')
  })
})
