import { useId, useState } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import type { MyGpu } from '@/lib/my-gpu'
import type { BrowseSearch } from './browse-search'
import { HiddenList } from './hidden/hidden-list'
import type { Hiding } from './hidden/use-hiding'
import { MyGpuFilter } from './my-gpu-filter'
import { TagFilter } from './tag-filter'

interface FilterPanelProps {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
  tagCategories: readonly TagCategory[]
  tagsAreFallback: boolean
  myGpu: MyGpu
  hiding: Hiding
}

const switches = [
  ['free', 'browse.freeOnly'],
  ['official', 'browse.officialOnly'],
  ['autostart', 'browse.autoStartOnly'],
] as const

export function FilterPanel({
  search,
  onChange,
  tagCategories,
  tagsAreFallback,
  myGpu,
  hiding,
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
      <MyGpuFilter myGpu={myGpu} />
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t('browse.filters')}</legend>
        {switches.map(([key, label]) => (
          <Checkbox
            key={key}
            label={t(label)}
            className="text-sm"
            checked={search[key]}
            onChange={(e) => onChange({ [key]: e.target.checked })}
          />
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
        <Input
          id={authorId}
          type="text"
          value={author}
          maxLength={64}
          placeholder={t('browse.authorPlaceholder')}
          onChange={(event) => setAuthor(event.target.value)}
          onBlur={() => author.trim() !== search.author && onChange({ author: author.trim() })}
        />
      </form>

      <TagFilter
        chosen={search.tags}
        categories={tagCategories}
        fallback={tagsAreFallback}
        onToggle={toggleTag}
        excluded={hiding.hidden.tags}
        onExclude={hiding.excludeTag}
      />
      <HiddenList hiding={hiding} />
    </div>
  )
}
