import { languageKey } from '@/lib/storage-keys'
import { isLanguage, type Catalogue, type Language } from './catalogue'

export const languageStorageKey = languageKey

/**
 * Every message's dotted path, checked by the compiler: `t('browse.title')`. A plural message
 * is written as i18next writes it, `versionCount_one` / `versionCount_other`, and asked for
 * by its plain name with a `count`: `t('detail.versionCount', { count: 1 })`.
 */
export type MessageKey = Leaves<Catalogue>
export type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${'one' | 'other'}`
      ? Base
      : K
    : `${K}.${Leaves<T[K]>}`
}[keyof T & string]

export type MessageValues = Record<string, string | number>
export type TFunction = (key: MessageKey, values?: MessageValues) => string

// Each catalogue is its own chunk: a visit downloads only the language it shows (ADR 0015).
const loaders: Record<Language, () => Promise<Catalogue>> = {
  zh: () => import('./zh').then((module) => module.zh),
  en: () => import('./en').then((module) => module.en),
}

/** The remembered choice, else the browser's first Chinese or English preference, else Chinese. */
export function detectLanguage(
  stored: string | null = safeRead(),
  preferred: readonly string[] = navigator.languages,
): Language {
  if (isLanguage(stored)) return stored
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'zh'
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(languageStorageKey, language)
  } catch {
    // Storage may be full or blocked; the choice still applies for this visit.
  }
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(languageStorageKey)
  } catch {
    return null
  }
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * `{{name}}` takes the value of `name`, and `{{name, number}}` the value as a number of the
 * language (12,345); a placeholder without a value stays as written. With a numeric `count`,
 * the message's plural form for it is used (`_one`, `_other`…), as `Intl.PluralRules` says.
 */
export function translator(catalogue: Catalogue | null, language: Language = 'zh'): TFunction {
  const locale = language === 'zh' ? 'zh-CN' : 'en'
  const plural = new Intl.PluralRules(locale)
  const number = new Intl.NumberFormat(locale)
  const find = (key: string) => (catalogue && lookup(catalogue, key)) ?? undefined
  return (key, values) => {
    const count = values?.count
    const text =
      (typeof count === 'number' && find(`${key}_${plural.select(count)}`)) ||
      (find(key) ?? find(`${key}_other`) ?? key)
    if (!values) return text
    return text.replace(/{{\s*(\w+)\s*(,\s*number\s*)?}}/g, (whole, name: string, asNumber) => {
      const value = values[name]
      if (value === undefined) return whole
      return asNumber && typeof value === 'number' ? number.format(value) : String(value)
    })
  }
}

let current: { language: Language; t: TFunction } = { language: 'zh', t: translator(null) }
let initialized = false
let latestRequest = 0
const listeners = new Set<() => void>()

/** The app's one translator. React reads it through `useTranslation` (./use-translation). */
export const i18n = {
  get language(): Language {
    return current.language
  },
  /** Bound to the language shown now; a new function after every change of language. */
  get t(): TFunction {
    return current.t
  },
  get isInitialized(): boolean {
    return initialized
  },
  /** Loads the catalogue, then switches; when calls overlap, the last one wins. */
  async changeLanguage(language: Language): Promise<void> {
    const request = ++latestRequest
    // One more try: a chunk can fail on a flaky connection and arrive on the second request.
    const catalogue = await loaders[language]().catch(() => loaders[language]())
    if (request !== latestRequest) return
    current = { language, t: translator(catalogue, language) }
    initialized = true
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
    listeners.forEach((listener) => listener())
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

/**
 * For the first render: the chosen language, else the other one. Rejects only when neither
 * catalogue can be had (then main.tsx says so in both languages).
 */
export async function initI18n(language: Language = detectLanguage()): Promise<typeof i18n> {
  if (i18n.isInitialized && i18n.language === language) return i18n
  const other: Language = language === 'zh' ? 'en' : 'zh'
  await i18n.changeLanguage(language).catch(() => i18n.changeLanguage(other))
  return i18n
}
