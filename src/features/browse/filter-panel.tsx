import { useId, useState } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import type { BrowseSearch } from './browse-search'
import { TagFilter } from './tag-filter'

interface FilterPanelProps {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
  tagCategories: readonly TagCategory[]
  tagsAreFallback: boolean
}

const switches = [
  ['free', 'browse.freeOnly'],
  ['official', 'browse.officialOnly'],
  ['autostart', 'browse.autoStartOnly'],
] as const

const checkbox = 'size-4 rounded border-slate-400 accent-indigo-600'

export function FilterPanel({
  search,
  onChange,
  tagCategories,
  tagsAreFallback,
}: FilterPanelProps) {
  const { t } = useTranslation()
  const authorId = useId()
  const [author, setAuthor] = useState(search.author)
  const [syncedAuthor, setSyncedAuthor] = useState(search.author)
  if (search.author !== syncedAuthor) {
    setSyncedAuthor(search.author)
    setAuthor(search.author)
  }

  const toggleTag = (tag: string, on: boolean) =>
    onChange({ tags: on ? [...search.tags, tag] : search.tags.filter((t) => t !== tag) })

  return (
    <div className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t('browse.filters')}</legend>
        {switches.map(([key, label]) => (
          <label key={key} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className={checkbox}
              checked={search[key]}
              onChange={(e) => onChange({ [key]: e.target.checked })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>

      <form
        onSubmit={(event) => {
          event.preventDefault()
          onChange({ author: author.trim() })
        }}
      >
        <label htmlFor={authorId} className="mb-1 block text-sm font-medium">
          {t('browse.author')}
        </label>
        <input
          id={authorId}
          type="text"
          value={author}
          maxLength={64}
          placeholder={t('browse.authorPlaceholder')}
          onChange={(event) => setAuthor(event.target.value)}
          onBlur={() => author.trim() !== search.author && onChange({ author: author.trim() })}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </form>

      <TagFilter
        chosen={search.tags}
        categories={tagCategories}
        fallback={tagsAreFallback}
        onToggle={toggleTag}
      />
    </div>
  )
}
