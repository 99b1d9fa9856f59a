import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi, type MockInstance } from 'vitest'
import { server } from './support/msw-server'

// jsdom has no matchMedia; tests flip `prefersDark` to play the system colour scheme.
type MediaListener = (event: { matches: boolean; media: string }) => void
const mediaListeners = new Set<MediaListener>()
export const systemScheme = {
  prefersDark: false,
  set(dark: boolean) {
    this.prefersDark = dark
    const event = { matches: dark, media: '(prefers-color-scheme: dark)' }
    mediaListeners.forEach((listener) => listener(event))
  },
}
// Most suites run in jsdom; a few (`// @vitest-environment node`, e.g. tests/proxy) have no DOM.
const hasDom = typeof window !== 'undefined'

if (hasDom) installBrowserStandIns()

/** What jsdom lacks and browsers have: matchMedia, scrollTo, modal dialogs. */
function installBrowserStandIns() {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      get matches() {
        return query.includes('dark') ? systemScheme.prefersDark : false
      },
      media: query,
      onchange: null,
      addEventListener: (_: string, listener: MediaListener) => mediaListeners.add(listener),
      removeEventListener: (_: string, listener: MediaListener) => mediaListeners.delete(listener),
      addListener: (listener: MediaListener) => mediaListeners.add(listener),
      removeListener: (listener: MediaListener) => mediaListeners.delete(listener),
      dispatchEvent: () => false,
    }),
  })
  window.scrollTo = () => {}
  // jsdom has no idle callbacks; a test's page is idle as soon as it is up, so work that waits
  // for idleness (the toaster, src/lib/idle.ts) starts at once, as it does on a quiet browser.
  window.requestIdleCallback = (callback) => {
    callback({ didTimeout: false, timeRemaining: () => 50 })
    return 0
  }
  window.cancelIdleCallback = () => {}
  // jsdom has no modal dialogs; browsers all do. Opening sets `open`, as the real method would.
  // Typed as possibly missing, so the check neither narrows to `never` nor reads a method.
  const dialog: Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>> =
    HTMLDialogElement.prototype
  if (!('showModal' in dialog)) {
    dialog.showModal = function (this: HTMLDialogElement) {
      this.open = true
    }
    dialog.close = function (this: HTMLDialogElement) {
      this.open = false
    }
  }
}

// The app's stylesheets never reach jsdom (Vitest ignores CSS imports), but sonner writes its
// own into <head> when imported: 97 rules every getComputedStyle walked, for each element a
// role query names, a fifth of `npm test`. Without it the page has no CSS at all, as intended.
function dropInjectedStyles() {
  document.head.querySelectorAll('style').forEach((style) => style.remove())
}

// Shared 2-core CI machines run 30 files at once: give findBy/waitFor room before failing.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

// Any console.error during a test fails it: React warnings and unexpected errors are bugs.
let consoleError: MockInstance<typeof console.error>
beforeEach(() => {
  if (hasDom) dropInjectedStyles()
  consoleError = vi.spyOn(console, 'error')
})

afterEach(() => {
  if (hasDom) cleanup()
  server.resetHandlers()
  systemScheme.prefersDark = false
  mediaListeners.clear()
  if (hasDom) {
    localStorage.clear()
    sessionStorage.clear()
    document.documentElement.className = ''
    document.documentElement.removeAttribute('style')
  }
  const calls = consoleError.mock.calls
  expect(calls, 'console.error was called during this test').toEqual([])
})
