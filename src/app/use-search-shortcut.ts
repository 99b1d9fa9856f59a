import { useEffect } from 'react'

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  )
}

/**
 * `/` moves focus to the page's search box, as on GitHub or MDN: never while the user types in
 * a field, and never with Ctrl, Alt or Meta (their shortcuts stay the browser's). Shift is
 * allowed: some keyboard layouts need it to type `/`.
 */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey) return
      if (event.defaultPrevented || isTyping(event.target)) return
      const box = document.querySelector<HTMLInputElement>('[role="search"] input')
      if (!box) return
      event.preventDefault()
      box.focus()
      box.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
