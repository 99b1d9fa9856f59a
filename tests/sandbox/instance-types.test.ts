// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { gpuSpec } from '@/api/gpu-types'
import { createTestSandbox } from '../support/sandbox'
import { instances, launchable, smallest } from './instances'

interface AvailableType {
  Name: string
  Zone: string
  Status: string
  InstanceType: string
  GraphicsMemory: { Value: number }
  MachineSizes: { Gpu: number; Collection: { Cpu: number; Memory: number[] }[] }[]
  Disks: { Name: string; BootDisk: { Name: string; MaximalSize: number }[]; DataDisk: unknown[] }[]
}

/** The docs' most CPU and memory (GB) per GPU type (CreateCompShareInstance's GPU table). */
const docsLimits: Record<string, [gpus: number, cpu: number, memory: number]> = {
  '4090': [10, 140, 680],
  '4090_48G': [8, 124, 940],
  '5090': [8, 124, 940],
  A100: [8, 124, 1024],
  A800: [8, 124, 1800],
  H20: [8, 188, 1800],
  '3090': [8, 124, 450],
  '3080Ti': [8, 12, 125],
  '2080Ti': [8, 48, 192],
  '2080': [8, 92, 334],
  P40: [8, 48, 502],
  V100S: [8, 92, 576],
}

function types(params: Record<string, unknown> = {}, stock?: () => number) {
  const t = createTestSandbox(stock ? { stock } : {})
  const answer = t.call('DescribeAvailableCompShareInstanceTypes', {
    InstanceType: 'uhost',
    ...params,
  })
  expect(answer).toMatchObject({ RetCode: 0 })
  return answer.AvailableInstanceTypes as AvailableType[]
}

describe('DescribeAvailableCompShareInstanceTypes', () => {
  it('answers every type cn-wlcb-01 sells, in the SDK’s and the CLI’s field names', () => {
    const sold = types()
    expect(new Set(sold.map((type) => type.Name))).toEqual(new Set(Object.keys(docsLimits)))
    expect(sold).toHaveLength(12)
    const first = sold[0]
    expect(first).toMatchObject({
      InstanceType: 'uhost',
      Name: '4090',
      Zone: 'cn-wlcb-01',
      Status: 'Normal',
      Description: expect.any(String) as unknown,
      CpuPlatforms: { Intel: ['Intel/IceLake'], Amd: ['Amd/EPYC3', 'Amd/EPYC2'] },
      Disks: [
        {
          Name: 'cloudDisk',
          BootDisk: [
            { Name: 'CLOUD_SSD', InstantResize: true, MaximalSize: 1000, Features: ['SNAPSHOT'] },
          ],
          DataDisk: [{ Name: 'CLOUD_SSD', MinimalSize: 10, MaximalSize: 1500 }],
        },
      ],
      GraphicsMemory: { Value: 24, Rate: expect.any(Number) as unknown },
      Performance: { Value: expect.any(Number) as unknown, Rate: expect.any(Number) as unknown },
      MachineClass: 'GPU',
      ParentType: 'G',
    })
    expect(first?.MachineSizes[0]).toEqual({
      Gpu: 1,
      Collection: [{ Cpu: 16, Memory: [64], MinimalCpuPlatform: ['Intel/Auto', 'Amd/Auto'] }],
    })
    expect(first?.MachineSizes.map((size) => size.Gpu)).toEqual([1, 2, 4, 8])
  })

  it('keeps every size within the docs’ limits, with the GPU memory of src/api/gpu-types.ts', () => {
    for (const type of types()) {
      const [gpus, cpu, memory] = docsLimits[type.Name] ?? [0, 0, 0]
      expect(type.GraphicsMemory.Value).toBe(gpuSpec(type.Name)?.memoryGb)
      for (const size of type.MachineSizes) {
        expect(size.Gpu).toBeLessThanOrEqual(gpus)
        for (const collection of size.Collection) {
          expect(collection.Cpu, type.Name).toBeLessThanOrEqual(cpu)
          for (const gb of collection.Memory) expect(gb, type.Name).toBeLessThanOrEqual(memory)
        }
      }
    }
  })

  it('sells fewer types in the other zones, and every zone of the region without a Zone', () => {
    const sh2 = types({ Region: 'cn-sh2', Zone: 'cn-sh2-02' })
    expect(sh2.length).toBeGreaterThan(0)
    expect(sh2.length).toBeLessThan(12)
    expect(new Set(sh2.map((type) => type.Zone))).toEqual(new Set(['cn-sh2-02']))
    const bj2 = types({ Region: 'cn-bj2', Zone: undefined })
    expect(bj2.length).toBeLessThan(12)
    expect(new Set(bj2.map((type) => type.Zone))).toEqual(new Set(['cn-bj2-05']))
  })

  it('filters by MachineTypes.N and lists only Spot types for InstanceType spot', () => {
    expect(types({ MachineTypes: ['A800', '4090'] }).map((type) => type.Name)).toEqual([
      '4090',
      'A800',
    ])
    const spot = types({ InstanceType: 'spot' }).map((type) => type.Name)
    for (const name of ['4090_48G', 'A800', 'H20', 'P40', '2080']) expect(spot).not.toContain(name)
    expect(spot).toContain('4090')
  })

  it('answers SoldOut for a type with no card free', () => {
    expect(types({}, () => 0).every((type) => type.Status === 'SoldOut')).toBe(true)
    expect(types({}, () => 1).every((type) => type.Status === 'Normal')).toBe(true)
  })

  it('refuses a missing Region and a bad InstanceType or too many MachineTypes', () => {
    const t = createTestSandbox()
    const ask = (params: Record<string, unknown>) =>
      t.call('DescribeAvailableCompShareInstanceTypes', params)
    expect(ask({ Region: undefined, Zone: undefined })).toMatchObject({
      RetCode: 230,
      Message: 'Missing parameter Region',
    })
    expect(ask({ InstanceType: 'vm' })).toMatchObject({ RetCode: 230 })
    const many = Array.from({ length: 21 }, (_, i) => `T${i}`)
    expect(ask({ MachineTypes: many })).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('MachineTypes') as unknown,
    })
  })
})

describe('CheckCompShareResourceCapacity', () => {
  const check = (t: ReturnType<typeof createTestSandbox>, params: Record<string, unknown> = {}) => {
    const { GpuType, MachineType, MinimalCpuPlatform, ChargeType, Disks } = smallest
    return t.call('CheckCompShareResourceCapacity', {
      GpuType,
      MachineType,
      MinimalCpuPlatform,
      ChargeType,
      Disks,
      CompShareImageId: launchable(t.sandbox).id,
      ...params,
    })
  }

  it('answers every size of the type, each with whether its cards are free', () => {
    let cards = 3
    const t = createTestSandbox({ stock: () => cards })
    expect(check(t)).toEqual({
      Action: 'CheckCompShareResourceCapacityResponse',
      RetCode: 0,
      Specs: [
        { Gpu: 1, Cpu: 16, Mem: 64, ResourceEnough: true },
        { Gpu: 2, Cpu: 32, Mem: 128, ResourceEnough: true },
        { Gpu: 4, Cpu: 64, Mem: 256, ResourceEnough: false },
        { Gpu: 8, Cpu: 128, Mem: 512, ResourceEnough: false },
      ],
    })
    // The sandbox's own instances take their cards from the stock.
    instances(t).created({ GPU: 2, CPU: 32, Memory: 128 * 1024 })
    const specs = check(t).Specs as { Gpu: number; ResourceEnough: boolean }[]
    expect(specs.filter((spec) => spec.ResourceEnough).map((spec) => spec.Gpu)).toEqual([1])
    cards = 0
    expect((check(t).Specs as { ResourceEnough: boolean }[]).some((s) => s.ResourceEnough)).toBe(
      false,
    )
  })

  it.each([
    ['GpuType', { GpuType: undefined }, 'Missing parameter GpuType'],
    ['MachineType', { MachineType: undefined }, 'Missing parameter MachineType'],
    ['MinimalCpuPlatform', { MinimalCpuPlatform: undefined }, 'MinimalCpuPlatform'],
    ['ChargeType', { ChargeType: undefined }, 'Missing parameter ChargeType'],
    ['CompShareImageId', { CompShareImageId: undefined }, 'Missing parameter CompShareImageId'],
    ['Disks', { Disks: undefined }, 'Parameter Disks is not valid'],
    ['Zone', { Zone: undefined }, 'Missing parameter Zone'],
    ['an AMD-only type on Intel', { GpuType: '3090', MinimalCpuPlatform: 'Intel/Auto' }, '3090'],
  ])('refuses without %s, or with it wrong, naming it', (_, params, message) => {
    const t = createTestSandbox()
    expect(check(t, params)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining(message) as unknown,
    })
  })

  it('refuses a GPU type the image does not support with 226603', () => {
    const t = createTestSandbox()
    const version = t.sandbox
      .state()
      .groups.flatMap((group) => group.versions)
      .find(
        (v) =>
          v.status === 'Available' && !v.hidden && v.gpus.length > 0 && !v.gpus.includes('A800'),
      )
    expect(check(t, { GpuType: 'A800', CompShareImageId: version?.id })).toMatchObject({
      RetCode: 226603,
      Message: expect.stringContaining('gpu type is not support current image') as unknown,
    })
  })
})
