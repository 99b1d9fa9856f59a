// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getInstancePrice, type InstanceSize } from '@/api/actions/instance-price'
import { describeInstanceTypes } from '@/api/actions/instance-types'
import {
  changeInstance,
  createInstance,
  describeInstances,
  scheduleStop,
} from '@/api/actions/instances'
import { createApiClient } from '@/api/client'
import { clientAnswering } from './answering-client'

const size: InstanceSize = { gpuType: '4090', gpus: 1, cpu: 16, memoryGb: 64, diskGb: 100 }

const fieldsOf = (form: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(form ?? {}).filter(([key]) => key !== 'PublicKey' && key !== 'Signature'),
  )

describe('the instance actions send what the official CLI sends', () => {
  it('a create: memory in MB, a CLOUD_SSD boot disk in GB, MachineType G, charged Postpay', async () => {
    const { client, sent } = clientAnswering({ UHostIds: ['uhost-1'] })
    const id = await createInstance(client, { size, imageId: 'compshareImage-a', name: 'comfy' })
    expect(id).toBe('uhost-1')
    expect(fieldsOf(sent[0])).toEqual({
      Action: 'CreateCompShareInstance',
      Region: 'cn-wlcb',
      Zone: 'cn-wlcb-01',
      GpuType: '4090',
      GPU: '1',
      CPU: '16',
      Memory: '65536',
      MachineType: 'G',
      MinimalCpuPlatform: 'Auto',
      CompShareImageId: 'compshareImage-a',
      'Disks.0.IsBoot': 'true',
      'Disks.0.Type': 'CLOUD_SSD',
      'Disks.0.Size': '100',
      // The service's default is Month: never left to it.
      ChargeType: 'Postpay',
      Name: 'comfy',
    })
  })

  it('a create carries the once-only header; a price does not', async () => {
    const headers: (string | null)[] = []
    const client = createApiClient({
      baseUrl: '/api',
      credentials: { publicKey: 'pk-test', privateKey: 'sk-test' },
      fetch: (_url, init) => {
        headers.push(new Headers(init?.headers).get('X-Request-Once'))
        return Promise.resolve(
          Response.json({ RetCode: 0, UHostIds: ['uhost-1'], PriceDetails: [{ Instance: 1 }] }),
        )
      },
    })
    await createInstance(client, { size, imageId: 'compshareImage-a', name: 'x' })
    await getInstancePrice(client, size, 'compshareImage-a')
    expect(headers[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(headers[1]).toBeNull()
  })

  it('a price asks for the same size, and adds up the four parts of the hourly answer', async () => {
    const { client, sent } = clientAnswering({
      PriceDetails: [
        { ChargeType: 'Month', Instance: 900, SystemDisks: 0, CompShareImage: 216 },
        { ChargeType: 'Postpay', Instance: 1.88, SystemDisks: 0.06, Disks: 0, CompShareImage: 0.3 },
      ],
    })
    const price = await getInstancePrice(client, size, 'compshareImage-a')
    expect(price).toEqual({
      instance: 1.88,
      systemDisk: 0.06,
      dataDisks: 0,
      image: 0.3,
      total: 2.24,
    })
    expect(fieldsOf(sent[0])).toMatchObject({
      Action: 'GetCompShareInstancePrice',
      Gpu: '1',
      Cpu: '16',
      Memory: '65536',
      ChargeType: 'Postpay',
      CompShareImageId: 'compshareImage-a',
      'Disks.0.Size': '100',
    })
  })

  it("reads the SDK's PriceDetail when the answer has no PriceDetails", async () => {
    const { client } = clientAnswering({
      PriceDetail: [{ ChargeType: 'Postpay', Instance: '2.5', CompShareImage: '0.5' }],
    })
    expect((await getInstancePrice(client, size, 'img')).total).toBe(3)
  })

  it('the lifecycle goes to the instance’s own zone, not the connection’s', async () => {
    const { client, sent } = clientAnswering({ UHostId: 'uhost-9' })
    await changeInstance(client, 'Stop', { id: 'uhost-9', zone: 'cn-sh2-02' })
    expect(fieldsOf(sent[0])).toEqual({
      Action: 'StopCompShareInstance',
      Region: 'cn-wlcb',
      Zone: 'cn-sh2-02',
      UHostId: 'uhost-9',
    })
  })

  it('a scheduled stop sends the time under both names the SDK and the CLI use', async () => {
    const { client, sent } = clientAnswering()
    await scheduleStop(client, { id: 'uhost-9' }, 1_900_000_000)
    expect(fieldsOf(sent[0])).toEqual({
      Action: 'UpdateCompShareStopScheduler',
      Region: 'cn-wlcb',
      Zone: 'cn-wlcb-01',
      UHostId: 'uhost-9',
      StopTime: '1900000000',
      SchedulerStopTime: '1900000000',
    })
  })
})

describe('what the app reads back', () => {
  it('instance types: sold out unless Normal, GPU memory, sizes in GB, the old 4090 name', async () => {
    const { client } = clientAnswering({
      AvailableInstanceTypes: [
        {
          Name: '4090(48G)',
          Zone: 'cn-wlcb-01',
          Status: 'Normal',
          GraphicsMemory: { Value: 48 },
          MachineSizes: [{ Gpu: 1, Collection: [{ Cpu: 16, Memory: [64, 94] }] }],
          Disks: [{ Name: 'cloudDisk', BootDisk: [{ Name: 'CLOUD_SSD', MaximalSize: 1000 }] }],
        },
        { Name: 'A800', Status: 'SoldOut', MachineSizes: null },
      ],
    })
    const [first, second] = await describeInstanceTypes(client)
    expect(first).toMatchObject({ gpuType: '4090_48G', soldOut: false, memoryGb: 48 })
    expect(first?.sizes).toEqual([{ gpus: 1, collection: [{ cpu: 16, memoryGb: [64, 94] }] }])
    expect(second).toMatchObject({ gpuType: 'A800', soldOut: true, memoryGb: 0, sizes: [] })
  })

  it('instances: all-in hourly price, memory in GB, the stop time under either name', async () => {
    const { client } = clientAnswering({
      TotalCount: 2,
      UHostSet: [
        {
          UHostId: 'uhost-1',
          State: 'Running',
          GpuType: '4090',
          Memory: 65536,
          InstancePrice: 1.88,
          CompShareImagePrice: 0.3,
          DiskPriceInfo: [{ IsBoot: true, Price: 0.02 }],
          StopSchedulerTime: 1_900_000_000,
          Softwares: [{ Name: 'JupyterLab', URL: 'https://example.invalid/lab' }, { Name: '' }],
        },
        { UHostId: 'uhost-2', State: 'Stopped', SchedulerStopTime: 1_800_000_000 },
      ],
    })
    const [one, two] = await describeInstances(client)
    expect(one).toMatchObject({ memoryGb: 64, hourly: 2.2, stopAt: 1_900_000_000 })
    expect(one?.softwares).toEqual([{ name: 'JupyterLab', url: 'https://example.invalid/lab' }])
    expect(two).toMatchObject({ stopAt: 1_800_000_000, hourly: 0 })
  })
})
