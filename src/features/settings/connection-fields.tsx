import { useId, type Ref } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { Mode } from '@/lib/connection'
import type { KeyProblem } from './key-rules'

export const buttonStyle =
  'rounded-md px-4 py-2 text-sm font-medium focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60 dark:ring-offset-slate-900'
export const secondaryButtonStyle = `${buttonStyle} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`
export const hintStyle = 'mt-1 text-sm text-slate-600 dark:text-slate-400'
const inputStyle =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:aria-invalid:border-red-400'

interface KeyFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error: KeyProblem | undefined
  hint?: string
  inputRef: Ref<HTMLInputElement>
  /** A secret is masked, with a button to show it; the form decides, so it can hide it again. */
  reveal?: { shown: boolean; toggle: () => void; label: string }
}

/**
 * One key. It has no `name`, so even a form submission that escaped the app's handler could not
 * put it in a URL or a request body.
 */
export function KeyField({ label, value, onChange, error, hint, inputRef, reveal }: KeyFieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const errorId = useId()
  const hintId = useId()
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ')
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id={id}
          type={reveal && !reveal.shown ? 'password' : 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          // Browser spell-check services may send typed text to a server; a key must not go.
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={inputStyle}
        />
        {reveal && (
          <button
            type="button"
            aria-pressed={reveal.shown}
            aria-controls={id}
            aria-label={reveal.label}
            onClick={reveal.toggle}
            className={`${secondaryButtonStyle} whitespace-nowrap`}
          >
            {/* A toggle keeps one name; aria-pressed says whether the key is shown. */}
            {t('settings.keys.show')}
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {t(`settings.keys.errors.${error}`)}
        </p>
      )}
      {hint && (
        <p id={hintId} className={hintStyle}>
          {hint}
        </p>
      )}
    </div>
  )
}

export function ModeOption({
  group,
  mode,
  checked,
  onChange,
}: {
  /** Radios sharing a name move with the arrow keys, as one group. */
  group: string
  mode: Mode
  checked: boolean
  onChange: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="radio"
        name={group}
        value={mode}
        checked={checked}
        onChange={onChange}
        aria-describedby={hintId}
        className="mt-1 h-4 w-4 accent-indigo-600"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {t(`settings.mode.${mode}`)}
        </label>
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {t(`settings.mode.${mode}Hint`)}
        </p>
      </div>
    </div>
  )
}

/** The one way keys reach localStorage: a choice the user makes next to a plain warning. */
export function RememberChoice({
  checked,
  onChange,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const warningId = useId()
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={warningId}
          className="mt-1 h-4 w-4 accent-indigo-600"
        />
        <label htmlFor={id} className="font-medium">
          {t('settings.remember.label')}
        </label>
      </div>
      <p
        id={warningId}
        className={
          checked
            ? 'mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100'
            : hintStyle
        }
      >
        {t('settings.remember.warning')}
      </p>
    </div>
  )
}
