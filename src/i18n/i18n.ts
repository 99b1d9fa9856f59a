import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLanguage, type Language } from './catalogue'
import { en } from './en'
import { zh } from './zh'

export const languageStorageKey = 'compshare.language'

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

function syncDocument(language: string): void {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'
}

export const i18n = i18next.createInstance()

export async function initI18n(language: Language = detectLanguage()): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', syncDocument)
    await i18n.use(initReactI18next).init({
      resources: { zh: { translation: zh }, en: { translation: en } },
      lng: language,
      fallbackLng: false,
      supportedLngs: ['zh', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    syncDocument(language)
  } else if (i18n.language !== language) {
    await i18n.changeLanguage(language)
  }
  return i18n
}
