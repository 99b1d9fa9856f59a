import type { ComponentProps } from 'react'
import { inputClass } from './classes'

/** A text input; spread a Field's control onto it. */
export function Input({ className = '', ...props }: ComponentProps<'input'>) {
  return <input className={`${inputClass} ${className}`} {...props} />
}

export function Textarea({ className = '', ...props }: ComponentProps<'textarea'>) {
  return <textarea className={`${inputClass} ${className}`} {...props} />
}
