import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A box that scrolls sideways when its content is wider than the screen. While it does, it is
 * a named group in the tab order (a group, not a landmark: a page may hold many), so it can be scrolled from the keyboard too (WCAG 2.1.1);
 * while everything fits, it is a plain box and no extra tab stop.
 */
export function ScrollRegion({
  label,
  className = '',
  children,
}: {
  label: string
  className?: string
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const element = box.current
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth))
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={box}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
      className={`overflow-x-auto ${className}`}
    >
      {children}
    </div>
  )
}
