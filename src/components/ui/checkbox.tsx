import { useId, type ComponentProps, type ReactNode } from 'react'
import { checkClass, hintClass } from './classes'

interface ChoiceProps extends Omit<ComponentProps<'input'>, 'type'> {
  label: ReactNode
  /** Said with the box (aria-describedby) and shown under the label. */
  hint?: ReactNode
}

function Choice({ type, label, hint, className = '', ...props }: ChoiceProps & { type: string }) {
  const id = useId()
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input
        id={id}
        type={type}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`mt-0.5 ${checkClass}`}
        {...props}
      />
      <div className="min-w-0">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <div id={`${id}-hint`} className={hintClass}>
            {hint}
          </div>
        )}
      </div>
    </div>
  )
}

/** A checkbox with its label (and hint) beside it; the label is the click target too. */
export function Checkbox(props: ChoiceProps) {
  return <Choice type="checkbox" {...props} />
}

/** A radio; radios sharing a `name` are one group that moves with the arrow keys. */
export function Radio(props: ChoiceProps) {
  return <Choice type="radio" {...props} />
}
