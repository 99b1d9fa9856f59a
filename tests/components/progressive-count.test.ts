import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

function visitBy(type: 'navigate' | 'reload' | 'back_forward') {
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { type } as unknown as PerformanceEntry,
  ])
}

const load = async () => (await import('@/components/use-progressive-count')).useProgressiveCount

describe('the first list of a visit arrives a screen at a time', () => {
  beforeEach(() => vi.resetModules())
  afterEach(() => vi.restoreAllMocks())

  it('a fresh visit: the first screen first, then the rest, frame by frame', async () => {
    visitBy('navigate')
    const useProgressiveCount = await load()
    const seen: number[] = []
    const { result } = renderHook(() => {
      const shown = useProgressiveCount(10, 4)
      seen.push(shown)
      return shown
    })
    expect(seen[0]).toBe(4)
    await waitFor(() => expect(result.current).toBe(10))
    expect(seen).toContain(8)
    // A list shown later in the same visit (another page, a filter) comes whole.
    expect(renderHook(() => useProgressiveCount(10, 4)).result.current).toBe(10)
  })

  it.each(['reload', 'back_forward'] as const)(
    'a %s, whose scroll position is restored at once: the whole list',
    async (type) => {
      visitBy(type)
      const useProgressiveCount = await load()
      expect(renderHook(() => useProgressiveCount(10, 4)).result.current).toBe(10)
    },
  )
})
