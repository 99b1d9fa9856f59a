import { useId, type ReactNode } from 'react'
import { errorClass, hintClass } from './classes'

/** What a field's control spreads onto itself: its id and what describes it. */
export interface FieldControl {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

interface FieldProps {
  label: ReactNode
  hint?: ReactNode
  /** Already in the reader's language; none when the value is fine. */
  error?: string | undefined
  /** Say the error as soon as it appears (a form that moves focus to it need not). */
  announce?: boolean
  className?: string
  children: (control: FieldControl) => ReactNode
}

/**
 * A label, the control, a hint and an error, wired together: the label names the control, the
 * error (first) and the hint describe it, and `aria-invalid` says when the value is wrong.
 */
export function Field({ label, hint, error, announce = true, className, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : ''
  const errorId = error ? `${id}-error` : ''
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': Boolean(error),
      })}
      {error && (
        <p id={errorId} role={announce ? 'alert' : undefined} className={errorClass}>
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
    </div>
  )
}
