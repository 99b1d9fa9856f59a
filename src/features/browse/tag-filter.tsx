import { useId, useState } from 'react'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { inputClass } from '@/components/ui/classes'
import { useTranslation } from '@/i18n/use-translation'
import { limits } from './browse-search'

interface TagFilterProps {
  chosen: readonly string[]
  categories: readonly TagCategory[]
  fallback: boolean
  onToggle: (tag: string, on: boolean) => void
}

/**
 * How many tags show while the list is folded (besides the chosen ones): the vocabulary's 57
 * tags would otherwise be 57 Tab stops before the search box and the results (ADR 0022).
 */
export const foldedTags = 8

/**
 * The tag vocabulary in the service's categories and order, with a search box over it. No
 * counts: the service gives none, and a count that ignores the other filters would be wrong.
 * Folded to its first tags and the chosen ones until "Show all"; a search looks through all.
 */
export function TagFilter({ chosen, categories, fallback, onToggle }: TagFilterProps) {
  const { t } = useTranslation()
  const searchId = useId()
  const listId = useId()
  const [needle, setNeedle] = useState('')
  const [unfolded, setUnfolded] = useState(false)
  const known = new Set(categories.flatMap((category) => category.tags))
  // Chosen tags stay listed even when the vocabulary does not have them (a shared link).
  const strays = chosen.filter((tag) => !known.has(tag))
  const named = categories.filter((category) => category.name !== '')
  const other = [...(categories.find((category) => category.name === '')?.tags ?? []), ...strays]
  const all = other.length ? [...named, { name: '', tags: other }] : named
  const match = needle.trim().toLowerCase()
  const total = all.reduce((sum, category) => sum + category.tags.length, 0)
  const folds = !match && total > foldedTags
  let room = folds && !unfolded ? foldedTags : Infinity
  const shown = all
    .map((category) => ({
      ...category,
      tags: category.tags.filter((tag) => {
        if (!tag.toLowerCase().includes(match)) return false
        if (chosen.includes(tag)) return true
        return room-- > 0
      }),
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
        className={`mt-2 ${inputClass}`}
      />
      {/* Padded by the focus ring's reach (outline 2 px + offset 2 px): a scroll box clips it. */}
      <div id={listId} className="mt-1 flex max-h-96 flex-col gap-3 overflow-y-auto p-1">
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
                    <Checkbox
                      label={tag}
                      className="text-sm"
                      checked={on}
                      disabled={!on && chosen.length >= limits.tags}
                      onChange={(e) => onToggle(tag, e.target.checked)}
                    />
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
      {folds && (
        <Button
          variant="link"
          className="mt-1"
          aria-expanded={unfolded}
          aria-controls={listId}
          onClick={() => setUnfolded((open) => !open)}
        >
          {unfolded ? t('browse.tagsFewer') : t('browse.tagsAll', { count: total })}
        </Button>
      )}
    </fieldset>
  )
}
