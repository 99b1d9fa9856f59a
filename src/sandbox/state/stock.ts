import { gpuOffer } from '../seed/gpu-catalogue.ts'
import { hashString } from '../seed/random.ts'
import type { InstanceRecord } from '../types.ts'

/** Cards of `gpuType` a zone has at `at` (Unix seconds), before the sandbox's own instances. */
export type StockFunction = (zone: string, gpuType: string, at: number) => number

/** The share of its most cards a zone keeps at the bottom of the wave, per pattern. */
const floors = { steady: 0.4, varies: 0.1, scarce: -0.5 } as const

/**
 * Stock that rises and falls on the clock: per zone and type a triangle wave from its floor up
 * to the zone's most cards and back, over 10 to 22 minutes, its phase drawn from the seed. A
 * `scarce` one is sold out for a third of every period; a `steady` one (the 4090 in
 * cn-wlcb-01) never falls below 40%, so demos find it in stock.
 */
export function defaultStock(seed: number): StockFunction {
  return (zone, gpuType, at) => {
    const [cards, pattern] = gpuOffer(gpuType)?.zones[zone] ?? [0, 'varies']
    if (cards === 0) return 0
    const hash = hashString(`${seed}:${zone}:${gpuType}`)
    const period = 600 + (hash % 7) * 120
    const phase = (at + (hash >>> 3)) % period
    const wave = 1 - Math.abs((2 * phase) / period - 1)
    const floor = floors[pattern]
    return Math.max(0, Math.round(cards * (floor + (1 - floor) * wave)))
  }
}

/** Every state but Stopped keeps the instance's cards (a terminated one is gone). */
export const holdsCards = (instance: InstanceRecord) => instance.state !== 'Stopped'

/** Cards free for a new or starting instance: the zone's stock less what instances hold. */
export function freeCards(
  instances: readonly InstanceRecord[],
  stock: StockFunction,
  zone: string,
  gpuType: string,
  at: number,
): number {
  let held = 0
  for (const instance of instances) {
    if (instance.zone === zone && instance.gpuType === gpuType && holdsCards(instance)) {
      held += instance.gpu
    }
  }
  return Math.max(0, stock(zone, gpuType, at) - held)
}
