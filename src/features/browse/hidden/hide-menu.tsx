import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { useTranslation } from '@/i18n/use-translation'
import { currentVersion } from '@/lib/group'

const itemClass =
  'rounded px-2 py-1.5 text-start text-sm break-words hover:bg-slate-100 dark:hover:bg-slate-800'

export interface HideChoice {
  kind: 'image' | 'author'
  group: CommunityImageGroup
}

/**
 * A card's "more" disclosure: hide this image, or every image of its author. A disclosure
 * (a button that shows two buttons), not a menu: Tab reaches both, Escape closes it.
 */
export function HideMenu({
  group,
  onHide,
}: {
  group: CommunityImageGroup
  onHide: (choice: HideChoice) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const id = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const author = currentVersion(group)?.author
  // On each of its buttons: Escape closes it, and leaving all of them does too.
  const keys = {
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return
      event.stopPropagation()
      setOpen(false)
      toggle.current?.focus()
    },
    onBlur: (event: FocusEvent) => {
      const box = event.currentTarget.closest('[data-hide-menu]')
      if (!box?.contains(event.relatedTarget)) setOpen(false)
    },
  }
  return (
    <div className="relative z-10" data-hide-menu>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('hide.more', { name: group.name })}
        onClick={() => setOpen(!open)}
        {...keys}
        className="rounded-full p-2 text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="currentColor">
          <circle cx="5" cy="12" r="1.8" />
          <circle cx="12" cy="12" r="1.8" />
          <circle cx="19" cy="12" r="1.8" />
        </svg>
      </button>
      <div
        id={id}
        hidden={!open}
        className="absolute end-0 top-full z-20 mt-1 flex w-56 flex-col items-stretch gap-1 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <button
          type="button"
          className={itemClass}
          onClick={() => onHide({ kind: 'image', group })}
          {...keys}
        >
          {t('hide.image')}
        </button>
        {author && (
          <button
            type="button"
            className={itemClass}
            onClick={() => onHide({ kind: 'author', group })}
            {...keys}
          >
            {t('hide.author', { author })}
          </button>
        )}
      </div>
    </div>
  )
}
