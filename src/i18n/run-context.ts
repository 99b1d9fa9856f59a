import { createContext, use } from 'react'
import type { Language } from './catalogue'
import type { TFunction } from './i18n'
import type { RunT } from './run-catalogue'

/**
 * The translators of the run parts, given by <RunTranslation> (./use-run-translation.tsx). A
 * module of its own, without the app's translator hook: the group page's lazy run chunk reads
 * it, and a lazy chunk that reached src/i18n/i18n.ts would split that out of the entry, onto
 * every first visit (ADR 0027).
 */
export interface RunText {
  r: RunT
  t: TFunction
  language: Language
}

export const RunContext = createContext<RunText | null>(null)

/** The run catalogue's translator, the app's, and the language, inside a <RunTranslation>. */
export function useRunTranslation(): RunText {
  const text = use(RunContext)
  if (!text) throw new Error('useRunTranslation outside <RunTranslation>')
  return text
}
