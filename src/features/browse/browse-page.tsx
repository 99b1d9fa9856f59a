import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { ErrorState } from '@/components/error-state'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { useApiClient } from '@/lib/api-client-context'
import { storeMyGpu, useMyGpu } from '@/lib/my-gpu'
import { currentVersion } from '@/lib/group'
import { ActiveFiltersBar } from './active-filters-bar'
import { AuthorHeader } from './author-header'
import { HiddenNote } from './hidden/hidden-note'
import { HideMenu } from './hidden/hide-menu'
import { useHiding } from './hidden/use-hiding'
import { browseQueries } from './browse-data'
import { activeFilters, serializeSearch, withTag } from './search-writing'
import { EmptyState } from './empty-state'
import { FilterDrawer } from './filter-drawer'
import { FilterPanel } from './filter-panel'
import { FitNote, useFits } from './fits'
import { Pagination } from './pagination'
import { ResultsGrid, ResultsSkeleton } from './results-grid'
import { SearchBox } from './search-box'
import { SortControls } from './sort-controls'
import { useBrowseSearch } from './use-browse-search'
import { useNarrowScreen } from './use-narrow-screen'
import { useNearViewport } from './use-near-viewport'

export function BrowsePage() {
  const { t } = useTranslation()
  const client = useApiClient()
  const queryClient = useQueryClient()
  const [search, setSearch] = useBrowseSearch()
  const narrowScreen = useNarrowScreen()
  const myGpu = useMyGpu()
  const queries = browseQueries(client, search)
  const list = useQuery(queries.list)
  const vocabulary = useQuery(queries.tags)

  const page = list.data
  const total = page?.totalCount ?? null
  // Without a total, a full page means there may be another.
  const pages =
    total !== null
      ? Math.max(1, Math.ceil(total / search.size))
      : search.page + (page?.groups.length === search.size ? 1 : 0)

  // The next page is fetched once the pager nears the screen: on a phone a page of results is
  // large, and fetched at once it would compete with the first covers for the connection.
  const pager = useRef<HTMLDivElement>(null)
  const pagerNear = useNearViewport(pager, serializeSearch(search).toString())
  useEffect(() => {
    if (!pagerNear || !page || list.isPlaceholderData || search.page >= pages) return
    // In a task of its own, so signing and sending it never hold up this page's paint.
    const timer = setTimeout(() => {
      void queryClient.prefetchQuery(
        browseQueries(client, { ...search, page: search.page + 1 }).list,
      )
    })
    return () => clearTimeout(timer)
  }, [pagerNear, page, list.isPlaceholderData, search, pages, queryClient, client])

  // When the vocabulary cannot be had, offer the tags the results carry.
  const seenTags = useMemo<TagCategory[]>(() => {
    const names = new Set(page?.groups.flatMap((g) => g.versions.flatMap((v) => v.tags)) ?? [])
    return [{ name: '', tags: [...names].sort() }]
  }, [page])
  const tagsAreFallback = vocabulary.isError
  const tagCategories = tagsAreFallback ? seenTags : (vocabulary.data?.categories ?? [])
  const hiding = useHiding(page?.groups ?? [])
  const fits = useFits(hiding.kept, myGpu)

  const panel = (
    <FilterPanel
      search={search}
      onChange={setSearch}
      tagCategories={tagCategories}
      tagsAreFallback={tagsAreFallback}
      myGpu={myGpu}
      hiding={hiding}
    />
  )

  return (
    <>
      {search.author ? (
        <AuthorHeader
          author={search.author}
          kind={page?.groups[0] && currentVersion(page.groups[0])?.authorKind}
        />
      ) : (
        <PageHeader title={t('pages.browse.title')}>
          <p>{t('pages.browse.intro')}</p>
        </PageHeader>
      )}
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        {/* Hidden below lg, where the drawer holds the filters: not rendered there at all. */}
        <aside aria-label={t('browse.filters')} className="hidden lg:block">
          {!narrowScreen && panel}
        </aside>
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex gap-2">
            <div className="flex-1">
              <SearchBox value={search.q} onSearch={(q) => setSearch({ q }, { replace: true })} />
            </div>
            <FilterDrawer activeCount={activeFilters(search).length + (fits.on ? 1 : 0)}>
              {panel}
            </FilterDrawer>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="font-medium" aria-live="polite">
              {total !== null ? t('browse.total', { count: total }) : t('browse.totalUnknown')}
            </p>
            <SortControls search={search} onChange={setSearch} />
          </div>
          <ActiveFiltersBar
            search={search}
            onChange={setSearch}
            myGpu={myGpu}
            excluded={hiding.hidden.tags}
            onInclude={(tag) => hiding.excludeTag(tag, false)}
          />
          <HiddenNote hiding={hiding} />
          {fits.on && page && page.groups.length > 0 && (
            <FitNote fits={fits} onShowAll={() => storeMyGpu({ ...myGpu, only: false })} />
          )}
          {list.isPending ? (
            <ResultsSkeleton count={search.size} />
          ) : list.isError && !page ? (
            <ErrorState
              title={t('browse.errorTitle')}
              error={list.error}
              onRetry={() => void list.refetch()}
            />
          ) : page && page.groups.length > 0 ? (
            <ResultsGrid
              groups={fits.groups}
              stale={list.isPlaceholderData}
              renderFit={fits.renderFit}
              tagHref={(tag) => `?${serializeSearch(withTag(search, tag)).toString()}`}
              renderMore={(group) => <HideMenu group={group} onHide={hiding.hide} />}
            />
          ) : search.page > 1 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
              <p>{t('browse.beyondLastPage')}</p>
              <Button variant="link" className="mt-2" onClick={() => setSearch({ page: 1 })}>
                {t('browse.backToFirst')}
              </Button>
            </div>
          ) : (
            <EmptyState search={search} onChange={setSearch} />
          )}
          <div ref={pager} data-after-results>
            <Pagination page={search.page} pages={pages} onPage={(n) => setSearch({ page: n })} />
          </div>
        </div>
      </div>
    </>
  )
}
