import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { useTheme } from './theme-provider'
import type ToasterComponent from './toaster'

// sonner is not needed to show the first page, so it arrives in its own chunk (ADR 0015). A
// toast raised before the toaster is on screen waits for it instead of being lost.
let toasterMounted: () => void = () => undefined
const toasterReady = new Promise<void>((resolve) => (toasterMounted = resolve))
const Toaster = lazy<ComponentType<ComponentProps<typeof ToasterComponent>>>(() =>
  // Without its chunk there is no toaster: the app goes on, and toasts are not shown.
  import('./toaster').catch(() => ({ default: () => null })),
)

function show(kind: 'error' | 'success' | 'info', message: string): void {
  void toasterReady.then(() => import('sonner')).then(({ toast }) => toast[kind](message))
}

/** The one place the app raises toasts, so their look and wording stay consistent. */
export const notify = {
  error: (message: string) => show('error', message),
  success: (message: string) => show('success', message),
  info: (message: string) => show('info', message),
}

export function AppToaster() {
  const { t } = useTranslation()
  const { choice } = useTheme()
  return (
    <Suspense fallback={null}>
      <Toaster theme={choice} label={t('toast.label')} onMount={toasterMounted} />
    </Suspense>
  )
}
