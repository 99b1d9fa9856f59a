import { useState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
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
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="secondary" className="font-medium lg:hidden" onClick={() => setOpen(true)}>
        {t('browse.openFilters')}
        {activeCount > 0 && (
          <span className="ms-1 text-indigo-700 dark:text-indigo-300">
            ({t('browse.activeFilterCount', { count: activeCount })})
          </span>
        )}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('browse.filters')}
        drawer={{ closeLabel: t('browse.closeFilters') }}
      >
        {children}
      </Dialog>
    </>
  )
}
