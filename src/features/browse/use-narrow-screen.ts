import { useSyncExternalStore } from 'react'

// Tailwind's `lg` breakpoint, below which the filters move from the sidebar to the drawer.
const narrow = '(max-width: 63.999rem)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(narrow)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Whether the screen is below `lg`, where the sidebar is hidden; follows resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(narrow).matches)
}
