import type { ReactNode } from 'react'

/** One term and its value in the group's facts (a `<dl>`); `wide` spans both columns. */
export function Fact({
  term,
  wide = false,
  children,
}: {
  term: string
  wide?: boolean
  children: ReactNode
}) {
  return (
    <div className={`min-w-0 ${wide ? 'sm:col-span-2' : ''}`}>
      <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  )
}
