import { Button } from '@/components/ui/button'
import { useTranslation } from '@/i18n/use-translation'
import { defaultSearch, type BrowseSearch } from './browse-search'
import { activeFilters } from './search-writing'

interface Relaxer {
  id: string
  label: string
  change: Partial<BrowseSearch>
}

/** No results: name each filter in force, each a button that relaxes just that one. */
export function EmptyState({
  search,
  onChange,
}: {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
}) {
  const { t } = useTranslation()
  const filters = activeFilters(search)
  const relaxers = filters.flatMap((key): Relaxer[] => {
    if (key === 'tags') {
      return search.tags.map((tag) => ({
        id: `tag-${tag}`,
        label: t('browse.relax.tags', { value: tag }),
        change: { tags: search.tags.filter((other) => other !== tag) },
      }))
    }
    if (key === 'q' || key === 'author') {
      return [
        {
          id: key,
          label: t(`browse.relax.${key}`, { value: search[key] }),
          change: { [key]: defaultSearch[key] },
        },
      ]
    }
    if (key === 'free' || key === 'official' || key === 'autostart') {
      return [{ id: key, label: t(`browse.relax.${key}`), change: { [key]: false } }]
    }
    return []
  })
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{t('browse.emptyTitle')}</h2>
      {relaxers.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t('browse.emptyNoFilters')}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t('browse.emptyBody')}</p>
          <ul className="mt-3 flex flex-wrap justify-center gap-2">
            {relaxers.map((relaxer) => (
              <li key={relaxer.id}>
                <Button variant="pill" onClick={() => onChange(relaxer.change)}>
                  {relaxer.label} <span aria-hidden="true">×</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
