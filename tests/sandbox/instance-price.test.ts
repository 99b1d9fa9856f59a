// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createTestSandbox, publishableImage } from '../support/sandbox'
import { launchable, type PriceElement } from './instances'

const t = createTestSandbox()

const price = (params: Record<string, unknown> = {}) =>
  t.call('GetCompShareInstancePrice', {
    GpuType: '4090',
    Gpu: 1,
    Cpu: 16,
    Memory: 65536,
    ChargeType: 'Postpay',
    Disks: [{ IsBoot: true, Type: 'CLOUD_SSD', Size: 100 }],
    Quantity: 1,
    ...params,
  })

const details = (params: Record<string, unknown> = {}) => {
  const answer = price(params)
  expect(answer).toMatchObject({ RetCode: 0 })
  return answer.PriceDetails as PriceElement[]
}

/** What the official CLI's `_price_total` adds up: the first element's four parts. */
const cliTotal = (answer: Record<string, unknown>) => {
  const [first] = answer.PriceDetails as PriceElement[]
  if (!first) return null
  return [first.Instance, first.Disks, first.SystemDisks, first.CompShareImage].reduce(
    (sum, part) => sum + part,
    0,
  )
}

describe('GetCompShareInstancePrice (demo figures)', () => {
  it('itemises one hour of Postpay in yuan: GPU, CPU and memory; the system disk free to 200 GB', () => {
    expect(details()).toEqual([
      // 1.88 for the card, 16 × 0.01 CPU, 64 × 0.005 memory.
      { ChargeType: 'Postpay', Instance: 2.36, SystemDisks: 0, Disks: 0, CompShareImage: 0 },
    ])
  })

  it('answers the same list under the CLI’s and the SDK’s names, and the undiscounted ones', () => {
    const answer = price({ ChargeType: 'Month' })
    expect(answer.PriceDetail).toEqual(answer.PriceDetails)
    expect(answer.OriginalPriceDetails).toEqual(answer.OriginalPriceDetail)
    expect(answer.ListPriceDetails).toEqual(answer.ListPriceDetail)
    expect(answer.PriceDetails).toEqual([expect.objectContaining({ Instance: 1189.44 })]) // 2.36 × 720 × 0.7
    expect(answer.OriginalPriceDetails).toEqual([expect.objectContaining({ Instance: 1699.2 })])
  })

  it('sums, as the CLI reads it, to the instance, its disks and the image’s own fee', () => {
    const paid = publishableImage(t.sandbox) // a custom image: no fee
    const free = cliTotal(price({ CompShareImageId: paid?.id }))
    expect(free).toBe(2.36)
    const version = t.sandbox
      .state()
      .groups.flatMap((group) => group.versions)
      .find((v) => v.status === 'Available' && !v.hidden && v.price > 0)
    const answer = price({
      CompShareImageId: version?.id,
      Disks: [
        { IsBoot: true, Type: 'CLOUD_SSD', Size: 300 },
        { IsBoot: false, Type: 'CLOUD_SSD', Size: 500 },
      ],
    })
    // 100 GB past the free 200 at 0.0006, 500 GB of data disk at 0.0006, and the image's fee.
    expect((answer.PriceDetails as PriceElement[])[0]).toMatchObject({
      SystemDisks: 0.06,
      Disks: 0.3,
      CompShareImage: version?.price,
    })
    expect(cliTotal(answer)).toBeCloseTo(2.36 + 0.06 + 0.3 + (version?.price ?? 0), 10)
  })

  it('prices every mode without a ChargeType, Spot only where it is sold', () => {
    const modes = (gpu: string, size: Record<string, unknown>) =>
      details({ GpuType: gpu, ...size, ChargeType: undefined }).map((d) => d.ChargeType)
    expect(modes('4090', {})).toEqual(['Postpay', 'Dynamic', 'Day', 'Month', 'Spot'])
    expect(modes('A800', { Cpu: 15, Memory: 200 * 1024 })).toEqual([
      'Postpay',
      'Dynamic',
      'Day',
      'Month',
    ])
    const all = details({ ChargeType: undefined })
    expect(all.find((d) => d.ChargeType === 'Day')?.Instance).toBe(50.98) // 2.36 × 24 × 0.9
    expect(all.find((d) => d.ChargeType === 'Spot')?.Instance).toBe(1.18)
    expect(all.find((d) => d.ChargeType === 'Dynamic')?.Instance).toBe(2.36)
  })

  it('multiplies Day and Month by Quantity, and nothing else', () => {
    expect(details({ ChargeType: 'Day', Quantity: 3 })[0]?.Instance).toBe(152.93) // 50.976 × 3
    expect(details({ ChargeType: 'Postpay', Quantity: 3 })[0]?.Instance).toBe(2.36)
  })

  it('rounds to the fen', () => {
    for (const element of details({ ChargeType: undefined, Gpu: 2, Cpu: 32, Memory: 131072 })) {
      for (const part of [element.Instance, element.Disks, element.SystemDisks]) {
        expect(Math.round(part * 100) / 100).toBe(part)
      }
    }
  })

  it.each([
    ['a missing GpuType', { GpuType: undefined }, 'Missing parameter GpuType'],
    ['an unknown GpuType', { GpuType: 'RTX9090' }, 'Parameter GpuType is not valid'],
    [
      'a type not sold in the zone',
      { GpuType: 'A800', Region: 'cn-sh2', Zone: 'cn-sh2-02' },
      'GpuType',
    ],
    ['a card count not on sale', { Gpu: 3 }, 'Parameter Gpu is not valid'],
    ['a CPU not on sale', { Cpu: 12 }, 'Parameter Cpu is not valid'],
    ['memory in GB', { Memory: 64 }, 'Parameter Memory is not valid'],
    ['memory not a multiple of 1024', { Memory: 65537 }, 'multiple of 1024'],
    ['memory not on sale', { Memory: 128 * 1024 }, 'Parameter Memory is not valid'],
    [
      'Spot for a type never sold so',
      { GpuType: 'P40', Cpu: 6, Memory: 60 * 1024, ChargeType: 'Spot' },
      'ChargeType',
    ],
    ['an unknown ChargeType', { ChargeType: 'Year' }, 'ChargeType'],
    ['an unknown image', { CompShareImageId: 'compshareImage-nope' }, 'CompShareImageId'],
    [
      'a disk type not offered',
      { Disks: [{ IsBoot: true, Type: 'CLOUD_RSSD', Size: 100 }] },
      'Disks.0.Type',
    ],
    [
      'a system disk over 1000 GB',
      { Disks: [{ IsBoot: true, Type: 'CLOUD_SSD', Size: 1001 }] },
      'Disks.0.Size',
    ],
    ['Quantity 0', { Quantity: 0 }, 'Quantity'],
  ])('refuses %s with 230, naming the parameter', (_, params, message) => {
    expect(price(params)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining(message) as unknown,
    })
  })

  it('takes a community version’s id as well as a custom image’s', () => {
    expect(price({ CompShareImageId: launchable(t.sandbox).id })).toMatchObject({ RetCode: 0 })
  })
})
