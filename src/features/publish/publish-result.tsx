import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { ApiErrorMessage } from '@/components/api-error-message'
import { buttonClass } from '@/components/ui/button'

export type Outcome =
  | {
      kind: 'success'
      versionName: string
      groupId: string | undefined
      /** Set when the answer was lost and the check found it arrived (`withdrawn` extra copies). */
      recovered?: { withdrawn: number } | undefined
    }
  | { kind: 'failed' | 'uncertain'; error: unknown }

export function PublishResult({ outcome, onAnother }: { outcome: Outcome; onAnother: () => void }) {
  const { t } = useTranslation()
  const link = buttonClass('link')
  if (outcome.kind === 'success') {
    return (
      <section
        role="status"
        aria-labelledby="publish-success"
        className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 dark:border-emerald-800 dark:bg-emerald-950/40"
      >
        <h2 id="publish-success" className="text-lg font-semibold">
          {t('publish.result.successTitle')}
        </h2>
        <p className="mt-1">{t('publish.result.successBody', { version: outcome.versionName })}</p>
        {outcome.recovered && (
          <p className="mt-1">
            {outcome.recovered.withdrawn > 0
              ? t('publish.result.recoveredWithdrawn', { count: outcome.recovered.withdrawn })
              : t('publish.result.recovered')}
          </p>
        )}
        <p className="mt-3 flex flex-wrap gap-4">
          <Link to="/my" className={link}>
            {t('publish.result.toMy')}
          </Link>
          {outcome.groupId && (
            <Link to={`/images/${encodeURIComponent(outcome.groupId)}`} className={link}>
              {t('publish.result.toGroup')}
            </Link>
          )}
          <button type="button" onClick={onAnother} className={link}>
            {t('publish.result.another')}
          </button>
        </p>
      </section>
    )
  }
  const uncertain = outcome.kind === 'uncertain'
  return (
    <section
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
    >
      <h2 className="font-semibold">
        {t(uncertain ? 'publish.result.uncertainTitle' : 'publish.result.failedTitle')}
      </h2>
      <div className="mt-1 text-sm">
        <ApiErrorMessage error={outcome.error} />
      </div>
      {uncertain && (
        <p className="mt-2 text-sm">
          {t('publish.result.uncertainBody')}{' '}
          <Link to="/my" className="underline">
            {t('nav.my')}
          </Link>
        </p>
      )}
    </section>
  )
}
