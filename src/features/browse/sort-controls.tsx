import { useTranslation } from '@/i18n/use-translation'
import { LabelledSelect } from '@/components/labelled-select'
import { orders, pageSizes, sortKeys, type BrowseSearch, type PageSize } from './browse-search'

const sortLabels = {
  pubtime: 'browse.sortPubtime',
  favorites: 'browse.sortFavorites',
  usage: 'browse.sortUsage',
} as const
const orderLabels = { desc: 'browse.orderDesc', asc: 'browse.orderAsc' } as const

export function SortControls({
  search,
  onChange,
}: {
  search: BrowseSearch
  onChange: (change: Partial<BrowseSearch>) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <LabelledSelect
        label={t('browse.sort')}
        value={search.sort}
        onChange={(sort) => onChange({ sort })}
        options={sortKeys.map((value) => ({ value, label: t(sortLabels[value]) }))}
      />
      <LabelledSelect
        label={t('browse.order')}
        value={search.order}
        onChange={(order) => onChange({ order })}
        options={orders.map((value) => ({ value, label: t(orderLabels[value]) }))}
      />
      <LabelledSelect
        label={t('browse.pageSize')}
        value={String(search.size)}
        onChange={(size) => onChange({ size: Number(size) as PageSize })}
        options={pageSizes.map((value) => ({
          value: String(value),
          label: t('browse.pageSizeOption', { count: value }),
        }))}
      />
    </div>
  )
}
