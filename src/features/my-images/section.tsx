import { useId, type ReactNode } from 'react'

/** One part of /my: a region named by its heading, with room for a note beside the title. */
export function Section({
  title,
  aside,
  id,
  children,
}: {
  title: string
  aside?: ReactNode
  /** For a link to this part of the page (`/my#instances`). */
  id?: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section id={id} aria-labelledby={headingId} className="mb-10 scroll-mt-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  )
}

/** A first load in progress, said to screen readers as well. */
export function Loading({ text }: { text: string }) {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {text}
    </p>
  )
}

/** Nothing to show yet, and what to do about it. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
      {children}
    </div>
  )
}
