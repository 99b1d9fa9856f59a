import {
  lazy,
  Suspense,
  useEffect,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
} from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { whenIdleAfterLoad } from '@/lib/idle'
import { useTheme } from './theme-provider'
import type ToasterComponent from './toaster'

// sonner is not needed to show the first page, so it arrives in its own chunk (ADR 0015), and
// only once the page has loaded and gone idle, or when the first toast is raised, whichever
// comes first: it never competes with the first page for the network (ADR 0016). A toast
// raised before the toaster is on screen waits for it instead of being lost.
let toasterMounted: () => void = () => undefined
const toasterReady = new Promise<void>((resolve) => (toasterMounted = resolve))
const Toaster = lazy<ComponentType<ComponentProps<typeof ToasterComponent>>>(() =>
  // Without its chunk there is no toaster: the app goes on, and toasts are not shown.
  import('./toaster').catch(() => ({ default: () => null })),
)

let toasterWanted = false
const wantListeners = new Set<() => void>()
function wantToaster(): void {
  if (toasterWanted) return
  toasterWanted = true
  wantListeners.forEach((listener) => listener())
}
function onWant(listener: () => void): () => void {
  wantListeners.add(listener)
  return () => wantListeners.delete(listener)
}

function show(kind: 'error' | 'success' | 'info', message: string): void {
  wantToaster()
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
  const wanted = useSyncExternalStore(onWant, () => toasterWanted)
  useEffect(() => whenIdleAfterLoad(wantToaster), [])
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <Toaster theme={choice} label={t('toast.label')} onMount={toasterMounted} />
    </Suspense>
  )
}
