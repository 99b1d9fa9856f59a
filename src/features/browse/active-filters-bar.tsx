import { useTranslation } from '@/i18n/use-translation'
import { activeFilters, defaultSearch, type BrowseSearch } from './browse-search'

/** The chosen tags as removable chips, said plainly as an intersection, and "clear all". */
export function ActiveFiltersBar({
  search,
  onChange,
}: {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
}) {
  const { t } = useTranslation()
  if (activeFilters(search).length === 0) return null
  const { q, author, tags, free, official, autostart } = defaultSearch
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {search.tags.length > 0 && (
        <>
          <span className="text-slate-700 dark:text-slate-300">{t('browse.intersection')}</span>
          <ul className="flex flex-wrap items-center gap-1">
            {search.tags.map((tag, index) => (
              <li key={tag} className="flex items-center gap-1">
                {index > 0 && <span aria-hidden="true">+</span>}
                <button
                  type="button"
                  aria-label={t('browse.removeTag', { tag })}
                  onClick={() => onChange({ tags: search.tags.filter((other) => other !== tag) })}
                  className="flex items-center gap-1 rounded-full bg-indigo-100 px-2.5 py-1 text-indigo-900 hover:bg-indigo-200 dark:bg-indigo-900/60 dark:text-indigo-100 dark:hover:bg-indigo-800"
                >
                  {tag}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        onClick={() => onChange({ q, author, tags, free, official, autostart })}
        className="ms-auto font-medium text-indigo-700 underline dark:text-indigo-300"
      >
        {t('browse.clearAll')}
      </button>
    </div>
  )
}
