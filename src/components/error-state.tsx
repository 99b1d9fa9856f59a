import { useTranslation } from '@/i18n/use-translation'
import { ApiErrorMessage } from './api-error-message'
import { Button } from './ui/button'

/** A failed load: what happened, the details support needs, and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string
  error: unknown
  onRetry: () => void
}) {
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <div className="mt-1 text-sm">
        <ApiErrorMessage error={error} />
      </div>
      <Button variant="critical" size="sm" className="mt-3" onClick={onRetry}>
        {t('errors.retry')}
      </Button>
    </div>
  )
}
