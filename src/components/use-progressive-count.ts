import { startTransition, useEffect, useState } from 'react'

let listShownBefore = false

/** A page opened by a link or typed address, not a reload or Back (which restore a scroll). */
function freshVisit(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? []
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'navigate'
}

/**
 * How many of `total` items to draw now. The first list a fresh visit shows comes `step` items
 * per frame: the first screen paints without waiting for the rest of the page, and no single
 * task lays out the whole list on a slow phone (ADR 0016). Every later list, and a list shown
 * after a reload or Back, whose scroll position is restored at once, is drawn whole.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(() => (listShownBefore || !freshVisit() ? Infinity : step))
  useEffect(() => {
    listShownBefore = true
  }, [])
  useEffect(() => {
    if (count >= total) return
    // After the frame that shows what is there, in a transition that yields to input.
    const frame = requestAnimationFrame(() =>
      startTransition(() => setCount((shown) => shown + step)),
    )
    return () => cancelAnimationFrame(frame)
  }, [count, total, step])
  return Math.min(count, total)
}
