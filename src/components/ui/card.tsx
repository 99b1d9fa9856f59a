import type { ComponentProps } from 'react'
import { cardClass } from './classes'

/** A framed block of content; an article, so a heading inside can name it (aria-labelledby). */
export function Card({ className = '', ...props }: ComponentProps<'article'>) {
  return <article className={`${cardClass} ${className}`} {...props} />
}

/** The same frame for a section or a plain box. */
export function Panel({ className = '', ...props }: ComponentProps<'div'>) {
  return <div className={`${cardClass} p-4 ${className}`} {...props} />
}
