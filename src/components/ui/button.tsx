import type { ComponentProps } from 'react'
import type { ButtonSize, ButtonVariant } from './classes'

/** Every boxed button's shape; add a size (padding) and a variant (colours). */
const base = 'rounded-md text-sm disabled:opacity-60'
const sizes: Record<ButtonSize, string> = { sm: 'px-3 py-1.5', md: 'px-4 py-2' }

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-indigo-600 font-medium text-white hover:bg-indigo-700',
  secondary:
    'border border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800',
  danger:
    'border border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950/50',
  quiet: 'text-slate-600 underline hover:text-slate-900 dark:text-slate-400 dark:hover:text-white',
  link: 'font-medium text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100',
  // Inside a warning (amber) or an error (red) message.
  warning:
    'border border-amber-400 font-medium hover:bg-amber-100 dark:border-amber-700 dark:hover:bg-amber-900/50',
  critical: 'bg-red-700 font-medium text-white hover:bg-red-800',
  // A chosen value, removed by a click (a tag).
  chip: 'inline-flex items-center gap-1 rounded-full bg-indigo-100 px-2.5 py-1 text-indigo-900 hover:bg-indigo-200 dark:bg-indigo-900/60 dark:text-indigo-100 dark:hover:bg-indigo-800',
  // A value offered, added (or a filter relaxed) by a click.
  pill: 'rounded-full border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800',
  // A page number: the current one is filled, like the primary action.
  page: 'min-w-10 border border-slate-300 dark:border-slate-700 aria-[current=page]:border-indigo-600 aria-[current=page]:bg-indigo-600 aria-[current=page]:text-white',
}

const shaped = new Set<ButtonVariant>(['quiet', 'link', 'chip', 'pill'])

/** A button's (or a link shown as one's) classes. */
export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md'): string {
  return shaped.has(variant)
    ? `text-sm disabled:opacity-60 ${variants[variant]}`
    : `${base} ${sizes[size]} ${variants[variant]}`
}

export interface Look {
  variant?: ButtonVariant
  size?: ButtonSize
}

/** A button; `type="button"` unless told, so none submits a form by accident. */
export function Button({
  variant,
  size,
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & Look) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...props} />
}
