import type { ComponentProps } from 'react'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { useTranslation } from '@/i18n/use-translation'
import type { KeyProblem } from './key-rules'

interface KeyFieldProps {
  label: string
  error: KeyProblem | undefined
  hint?: string
  /** The key's value, handlers and ref from the form: no `name` (see below). */
  input: Omit<ComponentProps<'input'>, 'name'>
  /** A secret is masked, with a button to show it; the form decides, so it can hide it again. */
  reveal?: { shown: boolean; toggle: () => void; label: string }
}

/**
 * One key. It has no `name`, so even a form submission that escaped the app's handler could not
 * put it in a URL or a request body (the form holds it through useController, by its own name).
 */
export function KeyField({ label, error, hint, input, reveal }: KeyFieldProps) {
  const { t } = useTranslation()
  return (
    // Focus moves to the first wrong key, which reads its message: no alert on top of that.
    <Field
      label={label}
      hint={hint}
      error={error && t(`settings.keys.errors.${error}`)}
      announce={false}
    >
      {(control) => (
        <div className="flex gap-2">
          <Input
            {...control}
            {...input}
            type={reveal && !reveal.shown ? 'password' : 'text'}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            // Browser spell-check services may send typed text to a server; a key must not go.
            spellCheck={false}
            className="font-mono"
          />
          {reveal && (
            <Button
              variant="secondary"
              className="whitespace-nowrap"
              aria-pressed={reveal.shown}
              aria-controls={control.id}
              aria-label={reveal.label}
              onClick={reveal.toggle}
            >
              {/* A toggle keeps one name; aria-pressed says whether the key is shown. */}
              {t('settings.keys.show')}
            </Button>
          )}
        </div>
      )}
    </Field>
  )
}
