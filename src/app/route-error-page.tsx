import { useTranslation } from '@/i18n/use-translation'
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { PageHeader } from '@/components/page-header'
import { primaryButtonClass } from '@/components/ui/action'
import { NotFoundPage } from './not-found-page'

// A chunk that fails to load (new deploy, flaky network) only comes back with a fresh page load.
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  )
}

export function RouteErrorPage() {
  const { t } = useTranslation()
  const error = useRouteError()
  const revalidator = useRevalidator()

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />

  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : t('errors.unknown')

  return (
    <section role="alert">
      <PageHeader title={t('errors.routeTitle')}>
        <p>{t('errors.routeBody')}</p>
      </PageHeader>
      <button
        type="button"
        className={primaryButtonClass}
        onClick={() => {
          if (isChunkLoadError(error)) window.location.reload()
          else void revalidator.revalidate()
        }}
        disabled={revalidator.state === 'loading'}
      >
        {t('errors.retry')}
      </button>
      <details className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer">{t('errors.details')}</summary>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap">{detail}</pre>
      </details>
    </section>
  )
}
