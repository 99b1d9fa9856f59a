import { canonicalGpuType, gpuTypes } from '@/api/gpu-types'
import { deviceStore } from './device-store'
import { myGpuKey } from './storage-keys'

// "My GPU": the GPU type the cards are read against while browsing, and whether only the images
// that run on it are shown; kept on this device (./device-store.ts), none by default.

export interface MyGpu {
  /** By the service's name; '' for none. */
  gpuType: string
  /** Show only the images that run on it (never while there is none). */
  only: boolean
}

const none: MyGpu = { gpuType: '', only: false }

function known(value: unknown): MyGpu {
  const record = typeof value === 'object' && value !== null ? (value as Partial<MyGpu>) : {}
  const gpuType = canonicalGpuType(typeof record.gpuType === 'string' ? record.gpuType : '')
  if (!(gpuTypes as readonly string[]).includes(gpuType)) return none
  return { gpuType, only: record.only === true }
}

const store = deviceStore(known, none, (value) => value.gpuType === '')

/** The choice now: the same object while it is unchanged. */
export const readMyGpu = (): MyGpu => store.read(myGpuKey)

/** Chooses `next`. Whether it was stored; if not, it holds in this tab only. */
export const storeMyGpu = (next: MyGpu): boolean => store.write(myGpuKey, next)

/** The choice, kept current across this device's tabs. */
export const useMyGpu = (): MyGpu => store.use(myGpuKey)
