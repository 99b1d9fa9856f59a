import type { FieldError } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'

/** The message for a field error: our own are catalogue keys, the service's arrive translated. */
export function useErrorText() {
  const { t } = useTranslation()
  return (error: FieldError | undefined): string | undefined => {
    if (!error?.message) return undefined
    if (error.type === 'server') return error.message
    return t(`publish.errors.${error.message}` as 'publish.errors.required')
  }
}
