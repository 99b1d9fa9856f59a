import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a move to another page, focus goes to its heading, as GitHub and GOV.UK do: a screen
 * reader starts reading the new page, and Tab continues from its top. Not on the first load
 * (the browser's own start), nor when only the query changes (a filter: focus stays on it).
 * A page may draw its heading after its data: it is focused when it comes.
 */
export function useHeadingFocus(): void {
  const { pathname } = useLocation()
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname) return
    shown.current = pathname
    const look = () => {
      const heading = document.querySelector<HTMLElement>('main h1')
      if (!heading) return
      observer.disconnect()
      heading.tabIndex = -1
      // Not a control: no ring (the focus is for where reading and Tab start).
      heading.style.outline = 'none'
      heading.focus({ preventScroll: true })
    }
    const observer = new MutationObserver(look)
    observer.observe(document.body, { childList: true, subtree: true })
    look()
    return () => observer.disconnect()
  }, [pathname])
}
