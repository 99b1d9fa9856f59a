import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button'
import { useTranslation } from '@/i18n/use-translation'
import type { Hiding } from './use-hiding'

/**
 * Above the results: what was just hidden, with its undoing (focus moves there, since the card
 * that had it is gone), and how many of this page are left out, said as the page's: the service
 * cannot exclude, so its total counts them.
 */
export function HiddenNote({ hiding }: { hiding: Hiding }) {
  const { t } = useTranslation()
  const undo = useRef<HTMLButtonElement>(null)
  const { last, left, count, unsaved } = hiding
  useEffect(() => {
    if (last) undo.current?.focus()
  }, [last])
  if (!last && left === 0 && !unsaved) return null
  return (
    <div
      role="status"
      className="flex flex-col gap-1 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800/60"
    >
      {last && (
        <p className="flex flex-wrap items-center gap-x-3">
          <span className="min-w-0 break-words">
            {t(last.kind === 'image' ? 'hidden.didImage' : 'hidden.didAuthor', {
              name: last.label,
            })}
          </span>
          <Button ref={undo} variant="link" onClick={last.undo}>
            {t('hidden.undo')}
          </Button>
        </p>
      )}
      {left > 0 && <p>{t('hidden.onPage', { count: left, total: count })}</p>}
      {unsaved && <p>{t('browse.notStored')}</p>}
    </div>
  )
}
