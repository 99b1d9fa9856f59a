// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { gpuOffers } from '@/sandbox/seed/gpu-catalogue'
import { defaultSeed } from '@/sandbox/seed'
import { defaultStock, freeCards } from '@/sandbox/state/stock'
import { createTestSandbox, sandboxEpoch } from '../support/sandbox'
import { instances } from './instances'

const stock = defaultStock(defaultSeed)
/** Every 10 s of the hour after `start`. */
const hour = (start: number) => Array.from({ length: 360 }, (_, i) => start + i * 10)
const start = sandboxEpoch + 3600

describe('stock on the sandbox’s clock', () => {
  it('is the same for the same seed, zone, type and moment, and moves over minutes', () => {
    expect(stock('cn-wlcb-01', 'A100', start)).toBe(
      defaultStock(defaultSeed)('cn-wlcb-01', 'A100', start),
    )
    const counts = new Set(hour(start).map((at) => stock('cn-wlcb-01', 'A100', at)))
    expect(counts.size).toBeGreaterThan(5)
  })

  it('keeps the 4090 in cn-wlcb-01 in stock for demos, at least 8 cards all the time', () => {
    for (const at of hour(start)) expect(stock('cn-wlcb-01', '4090', at)).toBeGreaterThanOrEqual(8)
  })

  it('sells some types out for a while in every hour, and has none where a zone sells none', () => {
    const scarce = gpuOffers.flatMap((offer) =>
      Object.entries(offer.zones)
        .filter(([, [, pattern]]) => pattern === 'scarce')
        .map(([zone]) => [zone, offer.name] as const),
    )
    expect(scarce.length).toBeGreaterThan(0)
    for (const [zone, type] of scarce) {
      const out = hour(start).filter((at) => stock(zone, type, at) === 0)
      expect(out.length, `${type} in ${zone}`).toBeGreaterThan(0)
      expect(out.length, `${type} in ${zone}`).toBeLessThan(360)
    }
    expect(stock('cn-sh2-02', 'A800', start)).toBe(0)
  })

  it('shows a sold-out moment as SoldOut, and refuses a create then with 226604', () => {
    const [zone, type] = ['cn-wlcb-01', 'A800']
    const soldOut = hour(start).find((at) => stock(zone, type, at) === 0) ?? 0
    const t = createTestSandbox()
    t.clock.advance(soldOut - start)
    const listed = t.call('DescribeAvailableCompShareInstanceTypes', { MachineTypes: [type] })
    expect(listed.AvailableInstanceTypes).toMatchObject([{ Name: type, Status: 'SoldOut' }])
    const a800 = { GpuType: type, CPU: 15, Memory: 200 * 1024, MinimalCpuPlatform: 'Intel/Auto' }
    const version = t.sandbox
      .state()
      .groups.flatMap((g) => g.versions)
      .find((v) => v.status === 'Available' && !v.hidden && v.gpus.length === 0)
    const image =
      version?.id ?? t.sandbox.state().customImages.find((i) => i.status === 'Available')?.id
    expect(instances(t).create({ ...a800, CompShareImageId: image })).toMatchObject({
      RetCode: 226604,
    })
  })

  it('counts the cards of the sandbox’s instances that are not Stopped as taken', () => {
    const t = createTestSandbox({ stock: () => 8 })
    const { running, act, list } = instances(t)
    const free = () => freeCards(t.sandbox.state().instances, () => 8, 'cn-wlcb-01', '4090', 0)
    const id = running({ GPU: 4, CPU: 64, Memory: 256 * 1024 })
    expect(free()).toBe(4)
    act('StopCompShareInstance', id)
    expect(free()).toBe(4) // Stopping still holds them
    t.clock.advance(10)
    list() // a request applies the clock
    expect(free()).toBe(8)
    expect(freeCards(t.sandbox.state().instances, () => 8, 'cn-sh2-02', '4090', 0)).toBe(8)
  })
})
