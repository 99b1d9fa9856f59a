import { useId, type ReactNode } from 'react'
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

interface FieldProps {
  label: string
  hint?: string | undefined
  error?: FieldError | undefined
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId()
  const errorText = useErrorText()(error)
  const describedBy =
    [hint && `${id}-hint`, errorText && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(errorText) })}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errorText && (
        <p
          id={`${id}-error`}
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-400"
        >
          {errorText}
        </p>
      )}
    </div>
  )
}

export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900'
