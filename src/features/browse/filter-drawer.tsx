import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'

/**
 * On phones the filters live in a modal drawer: native <dialog> traps focus and closes on Escape.
 * Its panel is rendered only while open, so the page does not carry (and update) a second copy.
 */
export function FilterDrawer({
  activeCount,
  children,
}: {
  activeCount: number
  children: ReactNode
}) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium lg:hidden dark:border-slate-600 dark:bg-slate-900"
      >
        {t('browse.openFilters')}
        {activeCount > 0 && (
          <span className="ms-1 text-indigo-700 dark:text-indigo-300">
            ({t('browse.activeFilterCount', { count: activeCount })})
          </span>
        )}
      </button>
      <dialog
        ref={dialog}
        aria-label={t('browse.filters')}
        onClose={() => setOpen(false)}
        className="ms-0 me-auto h-dvh max-h-dvh w-80 max-w-[85vw] bg-white p-4 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t('browse.filters')}</h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-2 py-1 text-sm underline"
          >
            {t('browse.closeFilters')}
          </button>
        </div>
        {open && children}
      </dialog>
    </>
  )
}
