import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseSearch, type BrowseSearch } from './browse-search'
import { serializeSearch, updateSearch } from './search-writing'

/** The list view's state, read from and written to the URL (never kept anywhere else). */
export function useBrowseSearch() {
  const [params, setParams] = useSearchParams()
  const search = useMemo(() => parseSearch(params), [params])
  const setSearch = useCallback(
    (change: Partial<BrowseSearch>, options: { replace?: boolean } = {}) => {
      setParams((current) => serializeSearch(updateSearch(parseSearch(current), change)), options)
    },
    [setParams],
  )
  return [search, setSearch] as const
}
