import { useId, useState } from 'react'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { useTranslation } from '@/i18n/use-translation'
import { limits } from './browse-search'

interface TagFilterProps {
  chosen: readonly string[]
  categories: readonly TagCategory[]
  fallback: boolean
  onToggle: (tag: string, on: boolean) => void
}

const checkbox = 'size-4 rounded border-slate-400 accent-indigo-600'

/**
 * The tag vocabulary in the service's categories and order, with a search box over it. No
 * counts: the service gives none, and a count that ignores the other filters would be wrong.
 */
export function TagFilter({ chosen, categories, fallback, onToggle }: TagFilterProps) {
  const { t } = useTranslation()
  const searchId = useId()
  const [needle, setNeedle] = useState('')
  const known = new Set(categories.flatMap((category) => category.tags))
  // Chosen tags stay listed even when the vocabulary does not have them (a shared link).
  const strays = chosen.filter((tag) => !known.has(tag))
  const named = categories.filter((category) => category.name !== '')
  const other = [...(categories.find((category) => category.name === '')?.tags ?? []), ...strays]
  const all = other.length ? [...named, { name: '', tags: other }] : named
  const match = needle.trim().toLowerCase()
  const shown = all
    .map((category) => ({
      ...category,
      tags: category.tags.filter((tag) => tag.toLowerCase().includes(match)),
    }))
    .filter((category) => category.tags.length > 0)

  return (
    <fieldset>
      <legend className="text-sm font-medium">{t('browse.tags')}</legend>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t(fallback ? 'browse.tagsFallback' : 'browse.tagsHint')}
      </p>
      <label htmlFor={searchId} className="sr-only">
        {t('browse.tagSearch')}
      </label>
      <input
        id={searchId}
        type="search"
        value={needle}
        maxLength={limits.tag}
        placeholder={t('browse.tagSearch')}
        onChange={(event) => setNeedle(event.target.value)}
        className="mt-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="mt-2 flex max-h-96 flex-col gap-3 overflow-y-auto pe-1">
        {shown.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('browse.tagsNoMatch')}</p>
        )}
        {shown.map((category) => (
          <div key={category.name} role="group" aria-label={category.name || t('browse.tagsOther')}>
            <p
              aria-hidden="true"
              className="mb-1 text-xs font-semibold text-slate-500 uppercase dark:text-slate-400"
            >
              {category.name || t('browse.tagsOther')}
            </p>
            <ul className="flex flex-col gap-1">
              {category.tags.map((tag) => {
                const on = chosen.includes(tag)
                return (
                  <li key={tag}>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        className={checkbox}
                        checked={on}
                        disabled={!on && chosen.length >= limits.tags}
                        onChange={(e) => onToggle(tag, e.target.checked)}
                      />
                      <span className="min-w-0 flex-1 truncate">{tag}</span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
