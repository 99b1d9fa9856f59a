import type { TFunction } from '@/i18n/i18n'
import { useTranslation } from '@/i18n/use-translation'
import { apiErrorMessageKey, isApiError } from '@/api/errors'

/** A sentence a person understands, in their language, for any error a call can throw. */
export function apiErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : t('errors.unknown')
  return t(apiErrorMessageKey(error), { status: error.status ?? '' })
}

/**
 * The message (`text` when the caller knows better what the code means for its action), then a
 * details line with what support needs: code, request id, raw text.
 */
export function ApiErrorMessage({ error, text }: { error: unknown; text?: string | undefined }) {
  const { t } = useTranslation()
  const details = isApiError(error)
    ? [
        error.retCode !== undefined ? t('apiErrors.retCode', { code: error.retCode }) : null,
        error.requestId ? t('apiErrors.requestId', { id: error.requestId }) : null,
        error.message,
      ].filter(Boolean)
    : []
  return (
    <div>
      <p>{text ?? apiErrorText(error, t)}</p>
      {details.length > 0 && (
        <p className="mt-1 font-mono text-xs break-all text-slate-600 dark:text-slate-400">
          {details.join(' · ')}
        </p>
      )}
    </div>
  )
}
