import type { TFunction } from '@/i18n/i18n'
import { useTranslation } from '@/i18n/use-translation'

const known = {
  Available: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200',
  Reviewing: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  Offline: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  Making: 'bg-sky-100 text-sky-800 dark:bg-sky-900/60 dark:text-sky-200',
  UnAvailable: 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-200',
} as const

type KnownStatus = keyof typeof known

function isKnown(status: string): status is KnownStatus {
  return Object.hasOwn(known, status)
}

/** A status in the reader's language; one the app does not know is shown as the service says. */
export function statusLabel(status: string, t: TFunction): string {
  return isKnown(status) ? t(`status.${status}`) : status || t('status.unknown')
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  const style = isKnown(status)
    ? known[status]
    : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${style}`}
    >
      {statusLabel(status, t)}
    </span>
  )
}
