import { useSyncExternalStore } from 'react'
import { canonicalGpuType, gpuTypes } from '@/api/gpu-types'
import { myGpuKey } from './storage-keys'

// "My GPU": the GPU type the cards are read against while browsing, and whether only the images
// that run on it are shown; kept on this device, none by default. Every tab sees a change (the
// storage event); when the browser refuses to store it (full, blocked), it holds in this tab
// until the page is left, and the caller is told.

export interface MyGpu {
  /** By the service's name; '' for none. */
  gpuType: string
  /** Show only the images that run on it (never while there is none). */
  only: boolean
}

const none: MyGpu = { gpuType: '', only: false }
const listeners = new Set<() => void>()
/** This tab's choice while storage refuses it. */
let unsaved: MyGpu | null = null
let last: { raw: string | null; value: MyGpu } = { raw: null, value: none }

function known(value: unknown): MyGpu {
  const record = typeof value === 'object' && value !== null ? (value as Partial<MyGpu>) : {}
  const gpuType = canonicalGpuType(typeof record.gpuType === 'string' ? record.gpuType : '')
  if (!(gpuTypes as readonly string[]).includes(gpuType)) return none
  return { gpuType, only: record.only === true }
}

function parse(raw: string | null): MyGpu {
  try {
    return raw === null ? none : known(JSON.parse(raw))
  } catch {
    return none
  }
}

/** The choice now: the same object while it is unchanged, as React's store hook needs. */
export function readMyGpu(): MyGpu {
  if (unsaved) return unsaved
  let raw: string | null = null
  try {
    raw = localStorage.getItem(myGpuKey)
  } catch {
    // Storage blocked: no choice.
  }
  if (raw !== last.raw) last = { raw, value: parse(raw) }
  return last.value
}

/** Chooses `next`. Whether it was stored; if not, it holds in this tab only. */
export function storeMyGpu(next: MyGpu): boolean {
  const choice = known(next)
  let stored = true
  try {
    if (choice.gpuType) localStorage.setItem(myGpuKey, JSON.stringify(choice))
    else localStorage.removeItem(myGpuKey)
    unsaved = null
  } catch {
    unsaved = choice
    stored = false
  }
  listeners.forEach((listener) => listener())
  return stored
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === myGpuKey || event.key === null) listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The choice, kept current across this device's tabs. */
export function useMyGpu(): MyGpu {
  return useSyncExternalStore(subscribe, readMyGpu, () => none)
}
