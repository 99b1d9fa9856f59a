// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import {
  createTestSandbox,
  publishableImage,
  secondAccount,
  type TestSandbox,
} from '../support/sandbox'
import { instances, launchable, smallest } from './instances'

let t: TestSandbox
let calls: ReturnType<typeof instances>

beforeEach(() => {
  t = createTestSandbox()
  calls = instances(t)
})

const versions = () => t.sandbox.state().groups.flatMap((group) => group.versions)
const refused = (params: Record<string, unknown>, retCode: number, message: string) =>
  expect(calls.create(params)).toMatchObject({
    RetCode: retCode,
    Message: expect.stringContaining(message) as unknown,
  })

describe('CreateCompShareInstance', () => {
  it('answers the new UHostId; the instance is Initializing, then Running on the clock', () => {
    const answer = calls.create()
    expect(answer).toMatchObject({ Action: 'CreateCompShareInstanceResponse', RetCode: 0 })
    const [id] = answer.UHostIds as string[]
    expect(id).toMatch(/^uhost-[0-9a-f]{8}$/)
    expect(calls.host(id ?? '')).toMatchObject({
      State: 'Initializing',
      Name: 'test-host',
      GpuType: '4090',
      GPU: 1,
      CPU: 16,
      Memory: 65536,
      ChargeType: 'Postpay',
      StartTime: 0,
    })
    t.clock.advance(9)
    expect(calls.host(id ?? '')?.State).toBe('Initializing')
    t.clock.advance(1)
    expect(calls.host(id ?? '')).toMatchObject({ State: 'Running', StartTime: calls.seconds() })
  })

  it('buys a month when no ChargeType is sent, as the docs say, and names it host by default', () => {
    const id = calls.created({ ChargeType: undefined, Name: undefined })
    expect(calls.host(id)).toMatchObject({ ChargeType: 'Month', Name: 'host' })
  })

  it('starts from the caller’s own custom image, and a version under its old GPU name', () => {
    const custom = calls.host(calls.created({ CompShareImageId: publishableImage(t.sandbox)?.id }))
    expect(custom).toMatchObject({ CompShareImageType: 'Custom', CompShareImagePrice: 0 })
    const older = versions().find(
      (v) => v.status === 'Available' && !v.hidden && v.gpus.includes('4090(48G)'),
    )
    const params = { GpuType: '4090_48G', CPU: 16, Memory: 90 * 1024, MinimalCpuPlatform: 'Auto' }
    expect(calls.create({ ...params, CompShareImageId: older?.id })).toMatchObject({ RetCode: 0 })
  })

  it.each(['CPU', 'CompShareImageId', 'GPU', 'GpuType', 'MachineType', 'Memory', 'Zone'])(
    'refuses a request without %s, naming it',
    (field) => refused({ [field]: undefined }, 230, `Missing parameter ${field}`),
  )

  it.each([
    ['a MachineType but G', { MachineType: 'O' }, 'MachineType'],
    ['an unknown GPU type', { GpuType: '1080' }, 'Parameter GpuType is not valid'],
    [
      'a type the zone does not sell',
      { GpuType: 'A800', Region: 'cn-sh2', Zone: 'cn-sh2-02' },
      'GpuType',
    ],
    ['a card count not on sale', { GPU: 3 }, 'Parameter GPU is not valid'],
    ['a CPU count not on sale', { CPU: 8 }, 'Parameter CPU is not valid'],
    ['memory not on sale', { Memory: 32 * 1024 }, 'Parameter Memory is not valid'],
    ['an unknown charge type', { ChargeType: 'Year' }, 'ChargeType'],
    [
      'Spot for the 4090_48G',
      { GpuType: '4090_48G', Memory: 90 * 1024, ChargeType: 'Spot' },
      'ChargeType',
    ],
    ['an unknown CPU platform', { MinimalCpuPlatform: 'Arm/Auto' }, 'MinimalCpuPlatform'],
    [
      'no system disk',
      { Disks: [{ IsBoot: false, Type: 'CLOUD_SSD', Size: 100 }] },
      'Parameter Disks',
    ],
    ['two system disks', { Disks: [smallest.Disks[0], smallest.Disks[0]] }, 'only one disk'],
    [
      'a system disk over 1000 GB',
      { Disks: [{ IsBoot: true, Type: 'CLOUD_SSD', Size: 1001 }] },
      'Disks.0.Size',
    ],
    [
      'CLOUD_RSSD but on an A800',
      { Disks: [{ IsBoot: true, Type: 'CLOUD_RSSD', Size: 100 }] },
      'Disks.0.Type',
    ],
    [
      'a data disk under 10 GB',
      { Disks: [smallest.Disks[0], { IsBoot: false, Type: 'CLOUD_SSD', Size: 5 }] },
      'Disks.1.Size',
    ],
    ['a name with spaces', { Name: 'my host' }, 'Parameter Name'],
    ['a name of 64 characters', { Name: 'x'.repeat(64) }, 'Parameter Name'],
    ['MaxCount 2', { MaxCount: 2 }, 'MaxCount'],
    ['Quantity 2', { Quantity: 2 }, 'Quantity'],
    [
      'an image that does not exist',
      { CompShareImageId: 'compshareImage-nope' },
      'CompShareImageId',
    ],
  ])('refuses %s with 230, naming the parameter', (_, params, message) =>
    refused(params, 230, message),
  )

  it('refuses more than 5 disks, before reading any of them', () => {
    const disks = Array.from({ length: 6 }, (_, i) => ({
      IsBoot: i === 0,
      Type: 'CLOUD_SSD',
      Size: i === 0 ? 100 : 20,
    }))
    refused({ Disks: disks }, 230, 'at most 5 disks, got 6')
    expect(calls.create({ Disks: disks.slice(0, 5) })).toMatchObject({ RetCode: 0 })
  })

  it('takes a 63-character name of Chinese, letters, digits and _ . , : -', () => {
    const name = '我的实例_v1.0,a:b-'.padEnd(63, 'x')
    expect([...name]).toHaveLength(63)
    expect(calls.host(calls.created({ Name: name }))?.Name).toBe(name)
  })

  it('refuses a system disk smaller than the image, in whole GB', () => {
    const version = launchable(t.sandbox)
    const needed = Math.ceil(version.size / 1024)
    const disk = (size: number) => ({ Disks: [{ IsBoot: true, Type: 'CLOUD_SSD', Size: size }] })
    refused(disk(needed - 1), 230, 'smaller than the image')
    expect(calls.create(disk(needed))).toMatchObject({ RetCode: 0 })
  })

  it('refuses an image not online: in review, offline, withdrawn, or another account’s', () => {
    const offline = versions().find((v) => v.status === 'Offline')
    const reviewing = versions().find((v) => v.status === 'Reviewing')
    const theirs = publishableImage(t.sandbox, secondAccount)
    for (const id of [offline?.id, reviewing?.id, theirs?.id]) {
      refused({ CompShareImageId: id }, 230, `no available image ${id}`)
    }
    const made = t.sandbox.state().customImages.find((i) => i.status === 'Making')
    refused({ CompShareImageId: made?.id }, 230, 'CompShareImageId')
    const own = t.sandbox
      .state()
      .groups.find((g) => g.owner === '演示用户')
      ?.versions.find((v) => v.status === 'Available')
    expect(calls.create({ CompShareImageId: own?.id, GpuType: own?.gpus[0] })).not.toMatchObject({
      Message: expect.stringContaining('CompShareImageId') as unknown,
    })
    const hide = { CompShareImageId: own?.id, Visibility: 0 }
    expect(t.call('UpdateCompShareImage', hide)).toMatchObject({ RetCode: 0 })
    refused({ CompShareImageId: own?.id }, 230, `no available image ${own?.id}`)
  })

  it('refuses a GPU type the version does not list with 226603', () => {
    const version = versions().find(
      (v) => v.status === 'Available' && !v.hidden && v.gpus.length > 0 && !v.gpus.includes('3090'),
    )
    const params = { GpuType: '3090', CPU: 14, Memory: 56 * 1024, CompShareImageId: version?.id }
    refused(params, 226603, 'gpu type is not support current image')
  })

  it('refuses with 226604 when the zone has not the cards free', () => {
    let cards = 1
    t = createTestSandbox({ stock: () => cards })
    calls = instances(t)
    refused({ GPU: 2, CPU: 32, Memory: 128 * 1024 }, 226604, 'Resource not enough')
    calls.created()
    refused({}, 226604, 'Resource not enough, Please try again later')
    cards = 2
    expect(calls.create()).toMatchObject({ RetCode: 0 })
  })

  it('holds an account to 5 instances, the other account to its own 5', () => {
    for (let i = 0; i < 5; i++) calls.created()
    refused({}, 230, 'at most 5 instances')
    expect(instances(t, secondAccount).create()).toMatchObject({ RetCode: 0 })
    const [first] = calls.list().UHostSet.slice(-1)
    t.clock.advance(10)
    expect(calls.act('TerminateCompShareInstance', first?.UHostId ?? '')).toMatchObject({
      RetCode: 0,
    })
    expect(calls.create()).toMatchObject({ RetCode: 0 })
  })
})
