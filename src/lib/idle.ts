/**
 * Calls `run` once the page has loaded and the browser is idle (within `timeoutMs` of the
 * load), for work that must not compete with the first page. Returns a cancel function.
 */
export function whenIdleAfterLoad(run: () => void, timeoutMs = 2000): () => void {
  let cancel = () => undefined as void
  const afterLoad = () => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: timeoutMs })
      cancel = () => window.cancelIdleCallback(id)
    } else {
      const id = window.setTimeout(run, 200) // Safari: no idle callback
      cancel = () => window.clearTimeout(id)
    }
  }
  if (document.readyState === 'complete') {
    afterLoad()
  } else {
    window.addEventListener('load', afterLoad, { once: true })
    cancel = () => window.removeEventListener('load', afterLoad)
  }
  return () => cancel()
}
