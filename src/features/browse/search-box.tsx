import { useEffect, useState } from 'react'
import { inputClass } from '@/components/ui/classes'
import { useTranslation } from '@/i18n/use-translation'

const debounceMs = 300

/** Typing updates the URL once the user pauses, replacing the entry so Back skips keystrokes. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(value)
  const [synced, setSynced] = useState(value)

  // Back/forward or "clear all" changed the URL: show what the URL says.
  if (value !== synced) {
    setSynced(value)
    if (draft.trim() !== value) setDraft(value)
  }

  useEffect(() => {
    if (draft.trim() === value) return undefined
    const timer = setTimeout(() => onSearch(draft.trim()), debounceMs)
    return () => clearTimeout(timer)
  }, [draft, value, onSearch])

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        onSearch(draft.trim())
      }}
    >
      <label htmlFor="browse-search" className="sr-only">
        {t('browse.searchLabel')}
      </label>
      <input
        id="browse-search"
        type="search"
        aria-keyshortcuts="/"
        value={draft}
        maxLength={100}
        placeholder={t('browse.searchPlaceholder')}
        onChange={(event) => setDraft(event.target.value)}
        className={inputClass}
      />
    </form>
  )
}
