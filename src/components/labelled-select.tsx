import { useId } from 'react'

interface Option<T extends string> {
  value: T
  label: string
  lang?: string
}

interface LabelledSelectProps<T extends string> {
  label: string
  value: T
  options: readonly Option<T>[]
  onChange: (value: T) => void
  hideLabel?: boolean
}

/** A native select with a real label: keyboard, screen readers and phones handle it for free. */
export function LabelledSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
}: LabelledSelectProps<T>) {
  const id = useId()
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'shrink-0 text-sm font-medium'}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value)
          if (next) onChange(next.value)
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
