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
      // flushSync: React Router renders a navigation as a transition, in 5 ms slices spread over
      // several frames; a filter or a page is answered in the frame of the click (bench/README.md).
      setParams((current) => serializeSearch(updateSearch(parseSearch(current), change)), {
        ...options,
        flushSync: true,
      })
    },
    [setParams],
  )
  return [search, setSearch] as const
}
