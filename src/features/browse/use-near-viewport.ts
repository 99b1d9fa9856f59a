import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the element has come within a screen's height of the viewport since `view` last
 * changed (it stays true until then). Without IntersectionObserver the answer is yes at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, view: string): boolean {
  const unobservable = typeof IntersectionObserver === 'undefined'
  const [seen, setSeen] = useState({ view, near: unobservable })
  // A new view starts far away again (React's "adjust state while rendering" pattern).
  if (seen.view !== view) setSeen({ view, near: unobservable })
  const near = seen.view === view && seen.near
  useEffect(() => {
    const element = ref.current
    if (near || !element) return undefined
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen({ view, near: true })
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near, view])
  return near
}
