import { useTranslation } from '@/i18n/use-translation'
import type { FieldChange } from './version-changes'

/**
 * What a new version changes from the version now live, old → new. A change of price or
 * auto-start is called out above the table: it changes what users pay or how the image starts.
 */
export function LiveChanges({
  changes,
  version,
  coverReplaced,
}: {
  changes: FieldChange[]
  version: string
  coverReplaced: boolean
}) {
  const { t } = useTranslation()
  const important = changes.filter((change) => change.important)
  return (
    <section aria-labelledby="review-changes" className="flex flex-col gap-3">
      <h3 id="review-changes" className="font-medium">
        {t('publish.review.changesTitle', { version })}
      </h3>
      {important.length > 0 && (
        <div
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-medium">{t('publish.review.importantTitle')}</p>
          <ul className="mt-1 list-disc ps-5">
            {important.map((change) => (
              <li key={change.label}>
                {t('publish.review.changeLine', {
                  field: change.label,
                  before: change.before,
                  after: change.after,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('publish.review.noChanges', { version })}
        </p>
      ) : (
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t('publish.review.changesTitle', { version })}</caption>
          <thead>
            <tr className="text-start text-slate-600 dark:text-slate-400">
              <th scope="col" className="w-1/4 p-2 text-start font-normal">
                {t('publish.review.field')}
              </th>
              <th scope="col" className="p-2 text-start font-normal">
                {t('publish.review.before', { version })}
              </th>
              <th scope="col" className="p-2 text-start font-normal">
                {t('publish.review.after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.label} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="p-2 text-start align-top font-medium">
                  {change.label}
                </th>
                <td className="p-2 align-top text-slate-600 line-through decoration-slate-400 dark:text-slate-400">
                  {change.before}
                </td>
                <td className="p-2 align-top">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {coverReplaced
          ? t('publish.review.coverReplaced', { version })
          : t('publish.review.coverKept', { version })}
      </p>
    </section>
  )
}
