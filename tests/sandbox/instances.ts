import { expect } from 'vitest'
import type { Credentials } from '@/api/signature'
import type { Sandbox } from '@/sandbox/sandbox'
import type { VersionRecord } from '@/sandbox/types'
import { demoAccount, type TestSandbox } from '../support/sandbox'

/** What the sandbox's tests read of one UHostSet item. */
export interface Host {
  UHostId: string
  Name: string
  State: string
  GpuType: string
  GPU: number
  CPU: number
  Memory: number
  ChargeType: string
  CreateTime: number
  StartTime: number
  StopTime: number
  UpdateTime: number
  StopSchedulerTime: number
  SchedulerStopTime: number
  Softwares: { Name: string; URL: string }[]
}

export interface PriceElement {
  ChargeType: string
  Instance: number
  SystemDisks: number
  Disks: number
  CompShareImage: number
}

/** A community version online that supports the 4090 and carries a web application. */
export function launchable(sandbox: Sandbox, gpu = '4090'): VersionRecord {
  const version = sandbox
    .state()
    .groups.flatMap((group) => group.versions)
    .find(
      (candidate) =>
        candidate.status === 'Available' &&
        !candidate.hidden &&
        candidate.gpus.includes(gpu) &&
        candidate.ports.some((port) => port.Software !== 'SSH'),
    )
  if (!version) throw new Error(`the seed has no online version for ${gpu}`)
  return version
}

/** The 4090's smallest size, a 100 GB system disk, Postpay: what the app's launch dialog sends. */
export const smallest = {
  GpuType: '4090',
  GPU: 1,
  CPU: 16,
  Memory: 64 * 1024,
  MachineType: 'G',
  MinimalCpuPlatform: 'Auto',
  ChargeType: 'Postpay',
  Disks: [{ IsBoot: true, Type: 'CLOUD_SSD', Size: 100 }],
}

/** Instance calls as one account makes them, over one test sandbox. */
export function instances(t: TestSandbox, account: Credentials = demoAccount) {
  const call = (action: string, params: Record<string, unknown> = {}) =>
    t.call(action, params, account)
  const create = (params: Record<string, unknown> = {}) =>
    call('CreateCompShareInstance', {
      ...smallest,
      CompShareImageId: launchable(t.sandbox).id,
      Name: 'test-host',
      ...params,
    })
  /** Creates one and answers its id. */
  const created = (params: Record<string, unknown> = {}) => {
    const answer = create(params)
    expect(answer).toMatchObject({ RetCode: 0 })
    return (answer.UHostIds as string[])[0] ?? ''
  }
  const list = (params: Record<string, unknown> = {}) =>
    call('DescribeCompShareInstance', params) as unknown as { TotalCount: number; UHostSet: Host[] }
  const host = (id: string) => list({ UHostIds: [id] }).UHostSet[0]
  const act = (action: string, id: string, params: Record<string, unknown> = {}) =>
    call(action, { UHostId: id, ...params })
  /** Creates one and lets the clock bring it to Running. */
  const running = (params: Record<string, unknown> = {}) => {
    const id = created(params)
    t.clock.advance(10)
    expect(host(id)?.State).toBe('Running')
    return id
  }
  const seconds = () => Math.floor(t.clock.now() / 1000)
  return { call, create, created, list, host, act, running, seconds }
}
