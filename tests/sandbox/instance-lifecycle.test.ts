// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { answerWithFaults } from '@/sandbox/faults/http-faults'
import { signRequest } from '@/api/signature'
import { createTestSandbox, demoAccount, secondAccount, where } from '../support/sandbox'
import { instances } from './instances'

const actions = [
  'StartCompShareInstance',
  'StopCompShareInstance',
  'RebootCompShareInstance',
  'TerminateCompShareInstance',
] as const

describe('the instance lifecycle, on the sandbox’s clock', () => {
  it('stops from Running and starts from Stopped, each through its transitional state', () => {
    const t = createTestSandbox({ instanceSeconds: 5 })
    const { running, act, host, seconds } = instances(t)
    const id = running()
    expect(act('StopCompShareInstance', id)).toEqual({
      Action: 'StopCompShareInstanceResponse',
      RetCode: 0,
      UHostId: id,
    })
    expect(host(id)?.State).toBe('Stopping')
    t.clock.advance(5)
    expect(host(id)).toMatchObject({ State: 'Stopped', StopTime: seconds() })
    expect(act('StartCompShareInstance', id)).toMatchObject({ RetCode: 0, UHostId: id })
    expect(host(id)?.State).toBe('Starting')
    t.clock.advance(4)
    expect(host(id)?.State).toBe('Starting')
    t.clock.advance(1)
    expect(host(id)).toMatchObject({ State: 'Running', StartTime: seconds() })
    expect(act('RebootCompShareInstance', id)).toMatchObject({ RetCode: 0 })
    expect(host(id)?.State).toBe('Rebooting')
    t.clock.advance(5)
    expect(host(id)?.State).toBe('Running')
  })

  it('applies every transition due by the time of a request, however long it waited', () => {
    const t = createTestSandbox()
    const { created, act, host } = instances(t)
    const id = created()
    t.clock.advance(3600)
    expect(act('StopCompShareInstance', id)).toMatchObject({ RetCode: 0 })
    t.clock.advance(3600)
    expect(host(id)?.State).toBe('Stopped')
  })

  it.each([
    ['start', 'StartCompShareInstance', 'Running'],
    ['reboot', 'RebootCompShareInstance', 'Stopped'],
    ['stop', 'StopCompShareInstance', 'Stopped'],
  ])('refuses to %s an instance in the wrong state', (_, action, state) => {
    const t = createTestSandbox()
    const { running, act } = instances(t)
    const id = running()
    if (state === 'Stopped') {
      act('StopCompShareInstance', id)
      t.clock.advance(10)
    }
    expect(act(action, id)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining(`is ${state}`) as unknown,
    })
  })

  it('refuses anything but Describe while an instance is changing state, Terminate too', () => {
    const t = createTestSandbox()
    const { created, act } = instances(t)
    const id = created()
    for (const action of actions) {
      expect(act(action, id)).toMatchObject({
        RetCode: 230,
        Message: expect.stringContaining('is Initializing') as unknown,
      })
    }
  })

  it('starts a stopped instance only if the zone has its cards free again (226604)', () => {
    let cards = 1
    const t = createTestSandbox({ stock: () => cards })
    const { running, act, host } = instances(t)
    const id = running()
    act('StopCompShareInstance', id)
    t.clock.advance(10)
    cards = 0
    expect(act('StartCompShareInstance', id)).toMatchObject({
      RetCode: 226604,
      Message: 'Resource not enough, Please try again later',
    })
    expect(host(id)?.State).toBe('Stopped')
    cards = 1
    expect(act('StartCompShareInstance', id)).toMatchObject({ RetCode: 0 })
  })

  it('terminates from Running or Stopped; a terminated instance is in no answer any more', () => {
    const t = createTestSandbox()
    const { running, act, list } = instances(t)
    const first = running()
    const second = running()
    act('StopCompShareInstance', second)
    t.clock.advance(10)
    for (const id of [first, second]) {
      expect(act('TerminateCompShareInstance', id)).toMatchObject({ RetCode: 0, UHostId: id })
      expect(act('TerminateCompShareInstance', id)).toMatchObject({
        RetCode: 230,
        Message: `Parameter UHostId is not valid: no instance ${id}`,
      })
    }
    expect(list()).toMatchObject({ TotalCount: 0, UHostSet: [] })
  })

  it.each(actions)('%s refuses another account’s instance as one that does not exist', (action) => {
    const t = createTestSandbox()
    const id = instances(t).running()
    const theirs = instances(t, secondAccount)
    const answer = theirs.act(action, id)
    expect(answer).toEqual({
      Action: `${action}Response`,
      RetCode: 230,
      Message: `Parameter UHostId is not valid: no instance ${id}`,
    })
    expect(theirs.act(action, 'uhost-00000000').Message).toBe(
      'Parameter UHostId is not valid: no instance uhost-00000000',
    )
    expect(theirs.list()).toMatchObject({ TotalCount: 0 })
    // Nor in another zone than its own, nor without UHostId.
    const elsewhere = { Region: 'cn-sh2', Zone: 'cn-sh2-02' }
    expect(instances(t).act(action, id, elsewhere)).toMatchObject({ RetCode: 230 })
    expect(instances(t).call(action, {})).toMatchObject({ Message: 'Missing parameter UHostId' })
  })

  it('is subject to injected faults like every other action', async () => {
    const t = createTestSandbox({ faults: 'retcode=226604;actions=CreateCompShareInstance' })
    const { created } = instances(t)
    const id = created() // the core itself is never faulted: only the HTTP layer injects
    const post = (params: Record<string, unknown>) =>
      answerWithFaults(
        t.sandbox,
        {
          method: 'POST',
          pathname: '/api',
          contentType: 'application/x-www-form-urlencoded',
          body: new TextEncoder().encode(
            new URLSearchParams(signRequest({ ...where, ...params }, demoAccount)).toString(),
          ),
        },
        undefined,
      )
    const faulted = await post({ Action: 'CreateCompShareInstance' })
    expect(faulted !== 'hang' && faulted !== 'drop' && String(faulted?.body)).toContain(
      'Sandbox fault: retcode',
    )
    const clean = await post({ Action: 'DescribeCompShareInstance' })
    expect(clean !== 'hang' && clean !== 'drop' && String(clean?.body)).toContain(id)
  })
})

describe('DescribeCompShareInstance', () => {
  it('lists the caller’s own instances, newest first, paged, filtered by UHostIds.N', () => {
    const t = createTestSandbox()
    const { created, list } = instances(t)
    const ids: string[] = []
    for (let i = 0; i < 4; i++) {
      ids.push(created({ Name: `host-${i}` }))
      t.clock.advance(1)
    }
    instances(t, secondAccount).created()
    expect(list().UHostSet.map((host) => host.UHostId)).toEqual([...ids].reverse())
    expect(list({ Limit: 2, Offset: 1 })).toMatchObject({
      TotalCount: 4,
      UHostSet: [{ UHostId: ids[2] }, { UHostId: ids[1] }],
    })
    expect(list({ UHostIds: [ids[0], 'uhost-ffffffff'] })).toMatchObject({
      TotalCount: 1,
      UHostSet: [{ Name: 'host-0' }],
    })
    expect(list({ Region: 'cn-sh2', Zone: undefined })).toMatchObject({ TotalCount: 0 })
    expect(list({ Zone: undefined })).toMatchObject({ TotalCount: 4 })
    expect(list({ UHostIds: Array.from({ length: 101 }, (_, i) => `uhost-${i}`) })).toMatchObject({
      RetCode: 230,
    })
  })

  it('answers the SDK model’s fields and the CLI’s, with the instance part of its price', () => {
    const t = createTestSandbox()
    const { running, host, call } = instances(t)
    const id = running({
      Disks: [
        { IsBoot: true, Type: 'CLOUD_SSD', Size: 300 },
        { IsBoot: false, Type: 'CLOUD_SSD', Size: 50 },
      ],
    })
    const item = host(id) as unknown as Record<string, unknown>
    const price = call('GetCompShareInstancePrice', {
      GpuType: '4090',
      Gpu: 1,
      Cpu: 16,
      Memory: 65536,
      ChargeType: 'Postpay',
    }).PriceDetails as { Instance: number }[]
    expect(item).toMatchObject({
      UHostId: id,
      Zone: 'cn-wlcb-01',
      State: 'Running',
      MachineType: 'G',
      CompShareImageType: 'Community',
      CompShareImageName: expect.any(String) as unknown,
      CompShareImageOwnerAlias: expect.any(String) as unknown,
      CompShareImagePrice: expect.any(Number) as unknown,
      InstancePrice: price[0]?.Instance,
      DiskPriceInfo: [
        { IsBoot: true, ChargeType: 'Postpay', Price: 0.06 },
        { IsBoot: false, ChargeType: 'Postpay', Price: 0.03 },
      ],
      DiskSet: [
        {
          DiskId: expect.stringMatching(/^bsi-/) as unknown,
          DiskType: 'CLOUD_SSD',
          IsBoot: 'True',
          Size: 300,
        },
        {
          DiskId: expect.stringMatching(/^bs-/) as unknown,
          DiskType: 'CLOUD_SSD',
          IsBoot: 'False',
          Size: 50,
        },
      ],
      TotalDiskSpace: 50,
      GraphicsMemory: { Value: 24 },
      IPSet: [
        {
          IP: expect.stringMatching(/^203\.0\.113\.\d+$/) as unknown,
          IPMode: 'IPv4',
          Type: 'BGP',
          Default: 'true',
        },
      ],
      StopSchedulerTime: 0,
      SchedulerStopTime: 0,
      StopTime: 0,
    })
    for (const key of ['CreateTime', 'StartTime', 'UpdateTime', 'CPU', 'GPU', 'Memory']) {
      expect(typeof item[key], key).toBe('number')
    }
  })
})
