import { buttonClass } from '@/components/ui/button'
import { useTranslation } from '@/i18n/use-translation'

/** Page numbers to show: first, last, and two around the current one, with gaps as null. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]))
}

const button = buttonClass('page', 'sm')

export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number
  pages: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav
      aria-label={t('browse.pagination')}
      className="flex flex-wrap items-center justify-center gap-1"
    >
      <button
        type="button"
        className={button}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('browse.previous')}
      </button>
      {pageWindow(page, pages).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1">
            …
          </span>
        ) : (
          <button
            key={n}
            type="button"
            className={button}
            aria-label={t('browse.pageN', { page: n })}
            aria-current={n === page ? 'page' : undefined}
            onClick={() => onPage(n)}
          >
            {n}
          </button>
        ),
      )}
      <button
        type="button"
        className={button}
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('browse.next')}
      </button>
      <span className="ms-2 text-sm text-slate-600 dark:text-slate-400">
        {t('browse.pageOf', { page, pages })}
      </span>
    </nav>
  )
}
