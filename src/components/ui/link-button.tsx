import type { ComponentProps } from 'react'
import { Link } from 'react-router'
import { buttonClass, type Look } from './button'

/** A router link that looks like a button: for actions that go to another page. */
export function LinkButton({
  variant,
  size,
  className = '',
  ...props
}: ComponentProps<typeof Link> & Look) {
  return <Link className={`inline-block ${buttonClass(variant, size)} ${className}`} {...props} />
}
