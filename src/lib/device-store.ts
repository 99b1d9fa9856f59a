import { useCallback, useSyncExternalStore } from 'react'

/**
 * A value kept in localStorage under a key, read by React as a store: every tab sees a change
 * (the storage event), what is stored is checked by `parse` (storage is written by other
 * versions of the app, or by hand), and when the browser refuses a write (full, blocked) the
 * value holds in this tab until the page is left, and the writer is told.
 */
export interface DeviceStore<T> {
  read: (key: string) => T
  /** Whether it was stored; if not, it holds in this tab only. `empty` removes the key. */
  write: (key: string, value: T) => boolean
  use: (key: string) => T
}

export function deviceStore<T>(
  parse: (json: unknown) => T,
  empty: T,
  isEmpty: (value: T) => boolean,
): DeviceStore<T> {
  const listeners = new Set<() => void>()
  /** This tab's values that storage refused, by key. */
  const unsaved = new Map<string, T>()
  /** The last value read per key, with the text it came from: the same object until it changes. */
  const last = new Map<string, { raw: string | null; value: T }>()

  const read = (key: string): T => {
    const held = unsaved.get(key)
    if (held !== undefined) return held
    let raw: string | null = null
    try {
      raw = localStorage.getItem(key)
    } catch {
      // Storage blocked: nothing stored.
    }
    const cached = last.get(key)
    if (cached && cached.raw === raw) return cached.value
    let value = empty
    try {
      value = raw === null ? empty : parse(JSON.parse(raw))
    } catch {
      value = empty
    }
    last.set(key, { raw, value })
    return value
  }

  const write = (key: string, value: T): boolean => {
    const checked = parse(value)
    let stored = true
    try {
      if (isEmpty(checked)) localStorage.removeItem(key)
      else localStorage.setItem(key, JSON.stringify(checked))
      unsaved.delete(key)
    } catch {
      unsaved.set(key, checked)
      stored = false
    }
    listeners.forEach((listener) => listener())
    return stored
  }

  const subscribe = (listener: () => void) => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith('compshare.')) listener()
    }
    listeners.add(listener)
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  }

  const use = (key: string): T => {
    const snapshot = useCallback(() => read(key), [key])
    return useSyncExternalStore(subscribe, snapshot, () => empty)
  }

  return { read, write, use }
}
