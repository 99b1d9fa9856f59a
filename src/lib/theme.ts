import { themeKey } from './storage-keys'

export const themeChoices = ['light', 'dark', 'system'] as const
export type ThemeChoice = (typeof themeChoices)[number]

// public/page-init.js applies the stored theme before first paint; the build hands it this key.
export const themeStorageKey = themeKey
const darkQuery = '(prefers-color-scheme: dark)'

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value)
}

export function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(themeStorageKey)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light'
  return choice
}

export function systemPrefersDark(): boolean {
  return window.matchMedia(darkQuery).matches
}

export function applyTheme(choice: ThemeChoice): void {
  const theme = resolveTheme(choice, systemPrefersDark())
  const root = document.documentElement
  root.classList.toggle('dark', theme === 'dark')
  root.style.colorScheme = theme
}

export function storeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(themeStorageKey)
    else localStorage.setItem(themeStorageKey, choice)
  } catch {
    // Storage may be full or blocked; the theme still applies for this visit.
  }
}

/** Calls back when the system colour scheme changes; returns the unsubscribe function. */
export function onSystemThemeChange(callback: () => void): () => void {
  const query = window.matchMedia(darkQuery)
  query.addEventListener('change', callback)
  return () => query.removeEventListener('change', callback)
}
