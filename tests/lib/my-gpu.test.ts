import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readMyGpu, storeMyGpu, useMyGpu } from '@/lib/my-gpu'
import { myGpuKey } from '@/lib/storage-keys'

afterEach(() => {
  vi.restoreAllMocks()
  storeMyGpu({ gpuType: '', only: false })
})

describe('My GPU, kept on this device', () => {
  it('is none until chosen, then the same choice after a reload', () => {
    expect(readMyGpu()).toEqual({ gpuType: '', only: false })
    expect(storeMyGpu({ gpuType: '4090', only: true })).toBe(true)
    expect(JSON.parse(localStorage.getItem(myGpuKey) ?? 'null')).toEqual({
      gpuType: '4090',
      only: true,
    })
    expect(readMyGpu()).toEqual({ gpuType: '4090', only: true })
    // The same object while nothing changed: React's store hook re-renders on a new one.
    expect(readMyGpu()).toBe(readMyGpu())
  })

  it('trusts nothing stored: unknown types, bad JSON and a filter without a GPU are none', () => {
    for (const raw of ['{"gpuType":"9090"}', 'not json', '{"only":true}', '"4090"', 'null']) {
      localStorage.setItem(myGpuKey, raw)
      expect(readMyGpu(), raw).toEqual({ gpuType: '', only: false })
    }
    // An older listing's name is today's.
    localStorage.setItem(myGpuKey, '{"gpuType":"4090(48G)","only":"yes"}')
    expect(readMyGpu()).toEqual({ gpuType: '4090_48G', only: false })
  })

  it('choosing none removes it from the device', () => {
    storeMyGpu({ gpuType: 'A100', only: false })
    storeMyGpu({ gpuType: '', only: true })
    expect(localStorage.getItem(myGpuKey)).toBeNull()
    expect(readMyGpu()).toEqual({ gpuType: '', only: false })
  })

  it('says so when the browser will not store it, and holds it in this tab', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(storeMyGpu({ gpuType: '3090', only: false })).toBe(false)
    expect(readMyGpu()).toEqual({ gpuType: '3090', only: false })
    expect(localStorage.getItem(myGpuKey)).toBeNull()
  })

  it('follows a choice made in another tab', () => {
    const { result } = renderHook(() => useMyGpu())
    expect(result.current.gpuType).toBe('')
    act(() => {
      localStorage.setItem(myGpuKey, '{"gpuType":"5090","only":false}')
      window.dispatchEvent(new StorageEvent('storage', { key: myGpuKey }))
    })
    expect(result.current).toEqual({ gpuType: '5090', only: false })
  })
})
