import { describe, expect, it } from 'vitest'
import type { InstanceType } from '@/api/actions/instance-types'
import { cheapest, diskFor, gpuFits, smallestSize } from '@/lib/launch-plan'

const type = (gpuType: string, soldOut = false): InstanceType => ({
  gpuType,
  zone: 'cn-wlcb-01',
  soldOut,
  memoryGb: 24,
  sizes: [
    { gpus: 2, collection: [{ cpu: 32, memoryGb: [128] }] },
    { gpus: 1, collection: [{ cpu: 16, memoryGb: [94, 64] }] },
  ],
  bootDisks: [{ type: 'CLOUD_SSD', maxGb: 500 }],
})

describe('the launch plan', () => {
  it('gives a system disk no smaller than the image, 100 GB at least, within the type’s maximum', () => {
    expect(diskFor(20 * 1024)).toBe(100)
    expect(diskFor(131 * 1024)).toBe(140)
    expect(diskFor(2000 * 1024, 500)).toBe(500)
  })

  it('starts from one card and the least CPU and memory on sale', () => {
    expect(smallestSize(type('4090'), 100)).toEqual({
      gpuType: '4090',
      gpus: 1,
      cpu: 16,
      memoryGb: 64,
      diskGb: 100,
    })
    expect(smallestSize(type('4090'), 100, 2)).toMatchObject({ gpus: 2, cpu: 32 })
  })

  it('lists every GPU the version supports, those the zone does not sell without a size', () => {
    const fits = gpuFits(['4090', 'H20'], [type('4090')], 150 * 1024)
    expect(fits.map((fit) => [fit.gpuType, fit.size?.diskGb])).toEqual([
      ['4090', 150],
      ['H20', undefined],
    ])
  })

  it('marks the cheapest only among those in stock', () => {
    const rows = [
      { name: 'a', total: 1, inStock: false },
      { name: 'b', total: 3, inStock: true },
      { name: 'c', total: 2, inStock: true },
    ]
    expect(cheapest(rows)?.name).toBe('c')
    expect(cheapest(rows.slice(0, 1))).toBeUndefined()
  })
})
