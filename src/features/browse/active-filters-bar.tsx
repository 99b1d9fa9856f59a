import { gpuLabel } from '@/api/gpu-types'
import { Button } from '@/components/ui/button'
import { storeMyGpu, type MyGpu } from '@/lib/my-gpu'
import { useTranslation } from '@/i18n/use-translation'
import { defaultSearch, type BrowseSearch } from './browse-search'
import { activeFilters } from './search-writing'

/** The chosen tags as removable chips, said plainly as an intersection, and "clear all". */
export function ActiveFiltersBar({
  search,
  onChange,
  myGpu,
  excluded,
  onInclude,
}: {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
  /** "My GPU", whose filter is kept on this device rather than in the address. */
  myGpu: MyGpu
  /** Tags the account excludes (kept on this device), each shown as a "not" chip. */
  excluded: readonly string[]
  onInclude: (tag: string) => void
}) {
  const { t } = useTranslation()
  const fits = myGpu.only
  if (activeFilters(search).length === 0 && !fits && excluded.length === 0) return null
  const { q, author, tags, free, official, autostart } = defaultSearch
  const gpu = gpuLabel(myGpu.gpuType)
  const allGpus = () => storeMyGpu({ ...myGpu, only: false })
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
      {excluded.length > 0 && (
        <ul className="flex flex-wrap items-center gap-1">
          {excluded.map((tag) => (
            <li key={tag}>
              <Button
                variant="chip"
                className="line-through decoration-2"
                aria-label={t('hidden.removeNot', { tag })}
                onClick={() => onInclude(tag)}
              >
                {t('hidden.notChip', { tag })}
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {fits && (
        <Button variant="chip" aria-label={t('browse.removeFits', { gpu })} onClick={allGpus}>
          {t('card.runsOn', { gpu })}
          <span aria-hidden="true">×</span>
        </Button>
      )}
      {(fits || activeFilters(search).length > 0) && (
        <Button
          variant="link"
          className="ms-auto"
          onClick={() => {
            allGpus()
            onChange({ q, author, tags, free, official, autostart })
          }}
        >
          {t('browse.clearAll')}
        </Button>
      )}
    </div>
  )
}
