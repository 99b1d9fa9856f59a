import { useId, useState } from 'react'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/classes'
import { useTranslation } from '@/i18n/use-translation'
import { limits } from './browse-search'
import { TagGrid, type Stop } from './tag-filter/tag-grid'

interface TagFilterProps {
  chosen: readonly string[]
  /** Tags an image must not have; shown, and settable, only with `onExclude`. */
  excluded?: readonly string[]
  categories: readonly TagCategory[]
  fallback: boolean
  onToggle: (tag: string, on: boolean) => void
  /** Offers each tag's Exclude toggle. Choosing an excluded tag calls it first with false. */
  onExclude?: (tag: string, excluded: boolean) => void
}

/**
 * How many tags show while the list is folded (besides the chosen and excluded ones): the list
 * is one Tab stop now, but 57 tags would still push what follows it far down (ADR 0022).
 */
export const foldedTags = 8

/**
 * The tag vocabulary in the service's categories and order, with a search box over it. No
 * counts: the service gives none, and a count that ignores the other filters would be wrong.
 * Folded to its first tags and the chosen ones until "Show all"; a search looks through all.
 * The tags are one widget with one Tab stop (TagGrid), so Tab goes from the search box past
 * them to what follows.
 */
export function TagFilter({
  chosen,
  excluded = [],
  categories,
  fallback,
  onToggle,
  onExclude,
}: TagFilterProps) {
  const { t } = useTranslation()
  const legendId = useId()
  const searchId = useId()
  const listId = useId()
  const keysId = useId()
  const [needle, setNeedle] = useState('')
  const [unfolded, setUnfolded] = useState(false)
  const [stop, setStop] = useState<Stop | null>(null)
  const [inside, setInside] = useState(false)
  const marked = [...chosen, ...(onExclude ? excluded : [])]
  const known = new Set(categories.flatMap((category) => category.tags))
  // Chosen tags stay listed even when the vocabulary does not have them (a shared link).
  const strays = marked.filter((tag, i) => !known.has(tag) && marked.indexOf(tag) === i)
  const named = categories.filter((category) => category.name !== '')
  const other = [...(categories.find((category) => category.name === '')?.tags ?? []), ...strays]
  const all = other.length ? [...named, { name: '', tags: other }] : named
  const match = needle.trim().toLowerCase()
  const total = all.reduce((sum, category) => sum + category.tags.length, 0)
  const folds = !match && total > foldedTags
  let room = folds && !unfolded ? foldedTags : Infinity
  const shown = all
    .map((category) => ({
      label: category.name || t('browse.tagsOther'),
      tags: category.tags.filter((tag) => {
        if (!tag.toLowerCase().includes(match)) return false
        // The first few, whatever is chosen (so choosing one moves none), then the chosen and
        // excluded ones, and the focused one: unchoosing it must not take it (and focus) away.
        return room-- > 0 || marked.includes(tag) || (inside && tag === stop?.tag)
      }),
    }))
    .filter((category) => category.tags.length > 0)

  return (
    <fieldset>
      <legend id={legendId} className="text-sm font-medium">
        {t('browse.tags')}
      </legend>
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
      <div id={listId} className="peer mt-1 max-h-96 overflow-y-auto p-1">
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('browse.tagsNoMatch')}</p>
        ) : (
          <TagGrid
            groups={shown}
            chosen={chosen}
            excluded={onExclude ? excluded : []}
            roomForMore={chosen.length < limits.tags}
            stop={stop}
            onStop={(at) => {
              setStop(at)
              setInside(true)
            }}
            onLeave={() => setInside(false)}
            onToggle={onToggle}
            onExclude={onExclude}
            labelledBy={legendId}
            describedBy={keysId}
          />
        )}
      </div>
      {/* Said when focus enters the list; shown while it is there, for keyboard users. */}
      <p
        id={keysId}
        className="sr-only text-xs text-slate-600 peer-focus-within:not-sr-only dark:text-slate-400"
      >
        {t(onExclude ? 'browse.tagKeysExclude' : 'browse.tagKeys')}
      </p>
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
