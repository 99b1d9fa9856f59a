import { useEffect, useRef, useState } from 'react'

/**
 * Whether the element has come near the viewport (within a screen of it) since it mounted, or
 * `show` was called (a link to it was followed: what is above it may still grow and push it
 * out of sight again). Without IntersectionObserver, at once.
 */
export function useNearView<T extends Element>() {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return undefined
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return { ref, near, show: () => setNear(true) }
}
