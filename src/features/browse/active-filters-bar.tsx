import { Button } from '@/components/ui/button'
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
                <Button
                  variant="chip"
                  aria-label={t('browse.removeTag', { tag })}
                  onClick={() => onChange({ tags: search.tags.filter((other) => other !== tag) })}
                >
                  {tag}
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button
        variant="link"
        className="ms-auto"
        onClick={() => onChange({ q, author, tags, free, official, autostart })}
      >
        {t('browse.clearAll')}
      </Button>
    </div>
  )
}
