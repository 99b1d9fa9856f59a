import { useMemo } from 'react'
import { runTranslator, type RunT } from './run-catalogue'
import { runEn } from './run-en'
import { runZh } from './run-zh'
import { useTranslation } from './use-translation'

/** The run catalogue's translator for the language shown now (both are small: no chunk). */
export function useRunTranslation(): { r: RunT } {
  // Read through useTranslation, so a change of language renders the caller again.
  const { i18n } = useTranslation()
  const language = i18n.language
  const r = useMemo(() => runTranslator(language === 'zh' ? runZh : runEn, language), [language])
  return { r }
}
