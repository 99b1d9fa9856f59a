import type { ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'

/** A page's visible heading, which also sets the document title. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <header className="mb-6 min-w-0">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {children && (
        <div className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{children}</div>
      )}
    </header>
  )
}
