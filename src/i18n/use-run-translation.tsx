import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Language } from './catalogue'
import { runTranslator, type RunCatalogue, type RunT } from './run-catalogue'
import { RunContext } from './run-context'
import { useTranslation } from './use-translation'

export { useRunTranslation } from './run-context'

// The run catalogue of the language shown, fetched when a part that runs images first shows:
// neither the first page nor a group page's first paint waits for its messages (ADR 0027).
const loaders: Record<Language, () => Promise<RunCatalogue>> = {
  zh: () => import('./run-zh').then((module) => module.runZh),
  en: () => import('./run-en').then((module) => module.runEn),
}
// Translators, once made: a translator builds its number and plural rules when made.
const loaded = new Map<Language, RunT>()

/** Shows `children` once the run catalogue of the language shown is in, `fallback` until then. */
export function RunTranslation({
  children,
  fallback = null,
}: {
  children: ReactNode
  fallback?: ReactNode
}) {
  const { i18n, t } = useTranslation()
  const language = i18n.language
  const [, setVersion] = useState(0)
  const r = loaded.get(language)
  useEffect(() => {
    if (r) return undefined
    let live = true
    // One more try: a chunk can fail on a flaky connection and arrive on the second request.
    void loaders[language]()
      .catch(() => loaders[language]())
      .then((next) => {
        loaded.set(language, runTranslator(next, language))
        if (live) setVersion((v) => v + 1)
      })
    return () => {
      live = false
    }
  }, [r, language])
  const value = useMemo(() => (r ? { r, t, language } : null), [r, t, language])
  if (!value) return fallback
  return <RunContext.Provider value={value}>{children}</RunContext.Provider>
}
