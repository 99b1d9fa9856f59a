import { useSyncExternalStore } from 'react'
import { i18n, type TFunction } from './i18n'

/** The translator for the language shown now; components re-render when it changes. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const t = useSyncExternalStore(i18n.subscribe, () => i18n.t)
  return { t, i18n }
}
