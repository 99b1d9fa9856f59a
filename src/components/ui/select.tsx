import type { ComponentProps } from 'react'
import { inputClass } from './classes'

/** A native select in a Field: keyboard, screen readers and phones handle it for free. */
export function Select({ className = '', ...props }: ComponentProps<'select'>) {
  return <select className={`${inputClass} ${className}`} {...props} />
}
