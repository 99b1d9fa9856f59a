import type * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { canonicalGpuType } from '../gpu-types'
import { list, normalize, num, shaped, str } from '../normalize'
import { sizeFields, type InstanceSize } from './instance-price'

const describeAction = 'DescribeCompShareInstance'

const software = shaped({ Name: str, URL: str }, (s) => ({ name: s.Name, url: s.URL }))
const diskPrice = shaped({ Price: num() }, (d) => d.Price)
const disk = shaped({ IsBoot: str, Size: num() }, (d) => ({
  boot: d.IsBoot.toLowerCase() === 'true',
  sizeGb: d.Size,
}))

const instance = shaped(
  {
    UHostId: str,
    Name: str,
    Zone: str,
    State: str,
    GpuType: str,
    GPU: num(),
    CPU: num(),
    Memory: num(),
    CompShareImageId: str,
    CompShareImageName: str,
    CompShareImagePrice: num(),
    InstancePrice: num(),
    DiskPriceInfo: list(diskPrice),
    DiskSet: list(disk),
    CreateTime: num(),
    StartTime: num(),
    // The SDK's model names the scheduled stop StopSchedulerTime, the CLI SchedulerStopTime.
    StopSchedulerTime: num(),
    SchedulerStopTime: num(),
    Softwares: list(software),
  },
  (h) => ({
    id: h.UHostId,
    name: h.Name,
    zone: h.Zone,
    state: h.State,
    gpuType: canonicalGpuType(h.GpuType),
    gpus: h.GPU,
    cpu: h.CPU,
    memoryGb: Math.round(h.Memory / 1024),
    imageId: h.CompShareImageId,
    imageName: h.CompShareImageName,
    /** Yuan per hour, all in: the instance, its disks and the image's own fee. */
    hourly:
      Math.round(
        (h.InstancePrice + h.CompShareImagePrice + h.DiskPriceInfo.reduce((a, b) => a + b, 0)) *
          100,
      ) / 100,
    diskGb: h.DiskSet.find((d) => d.boot)?.sizeGb ?? 0,
    createTime: h.CreateTime,
    /** When it last started running; 0 when it never has. */
    startTime: h.StartTime,
    /** Unix seconds of the scheduled stop; 0 when there is none. */
    stopAt: h.StopSchedulerTime || h.SchedulerStopTime,
    softwares: h.Softwares.filter((s) => s.name !== '' && s.url !== ''),
  }),
)
const describeAnswer = shaped({ UHostSet: list(instance), TotalCount: num() }, (a) => ({
  instances: a.UHostSet.filter((h) => h.id !== ''),
  totalCount: a.TotalCount,
}))

export type Instance = z.output<typeof instance>

/** States an instance passes through on its way somewhere; the others stay until acted on. */
export const changingStates: ReadonlySet<string> = new Set([
  'Initializing',
  'Pending',
  'Starting',
  'Stopping',
  'Rebooting',
  'Reinstalling',
  'Resizing',
])

const pageSize = 100

/**
 * The account's instances in the connection's region (those of `ids` only, when given), newest
 * first, every page of them.
 */
export async function describeInstances(
  client: ApiClient,
  options?: CallOptions,
  ids?: readonly string[],
): Promise<Instance[]> {
  const all: Instance[] = []
  for (let offset = 0; offset < 1000; offset += pageSize) {
    const raw = await client.call(
      describeAction,
      { Limit: pageSize, Offset: offset, UHostIds: ids },
      options,
    )
    const page = normalize(describeAnswer, raw, describeAction)
    all.push(...page.instances)
    if (page.instances.length < pageSize || all.length >= page.totalCount) break
  }
  return all
}

const createAnswer = shaped({ UHostIds: list(str) }, (a) => a.UHostIds.filter(Boolean))

export interface LaunchRequest {
  size: InstanceSize
  imageId: string
  name: string
}

/**
 * Creates one instance. It costs money: sent once (`once`), never retried by anything; when
 * its answer is lost the caller looks at the account's instances before sending it again.
 */
export async function createInstance(
  client: ApiClient,
  { size, imageId, name }: LaunchRequest,
): Promise<string> {
  const action = 'CreateCompShareInstance'
  const raw = await client.call(
    action,
    {
      ...sizeFields(size),
      GPU: size.gpus,
      CPU: size.cpu,
      MachineType: 'G',
      MinimalCpuPlatform: 'Auto',
      CompShareImageId: imageId,
      Name: name,
    },
    { once: true },
  )
  const [id] = normalize(createAnswer, raw, action)
  return id ?? ''
}

export type InstanceAction = 'Start' | 'Stop' | 'Terminate'

/** An instance by id, in its own zone; without one, the connection's. */
export interface Target {
  id: string
  zone?: string | undefined
}

/** Starts, stops or deletes an instance, in its own zone. */
export async function changeInstance(
  client: ApiClient,
  change: InstanceAction,
  target: Target,
): Promise<void> {
  await client.call(
    `${change}CompShareInstance`,
    { UHostId: target.id, Zone: target.zone || undefined },
    { once: true },
  )
}

/**
 * Schedules the instance to stop at `stopAt` (Unix seconds). The SDK names the time StopTime,
 * the official CLI SchedulerStopTime: both are sent, the same value (ADR 0027). Setting the
 * same time twice changes nothing, so unlike the rest it may be sent again.
 */
export async function scheduleStop(
  client: ApiClient,
  target: Target,
  stopAt: number,
): Promise<void> {
  await client.call('UpdateCompShareStopScheduler', {
    UHostId: target.id,
    Zone: target.zone || undefined,
    StopTime: stopAt,
    SchedulerStopTime: stopAt,
  })
}
