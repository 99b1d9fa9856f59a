import { gpuOffer } from '../seed/gpu-catalogue.ts'
import { hashString } from '../seed/random.ts'
import type { InstanceRecord } from '../types.ts'
import { appUrl, webApps } from './app-links.ts'
import { priceDetail, type PriceInput } from './pricing.ts'

/** A public address from the documentation range (203.0.113.0/24): plainly not a real host. */
export const ipOf = (instance: InstanceRecord) => `203.0.113.${(hashString(instance.id) % 254) + 1}`

function priceInput(instance: InstanceRecord): PriceInput | null {
  const offer = gpuOffer(instance.gpuType)
  if (!offer) return null
  const boot = instance.disks.find((disk) => disk.boot)
  return {
    offer,
    gpu: instance.gpu,
    cpu: instance.cpu,
    memoryGb: instance.memory / 1024,
    bootDisk: boot?.size ?? 0,
    dataDisks: [],
    imagePrice: instance.image.price,
    quantity: 1,
  }
}

/** Its price per disk for its ChargeType, the system disk's beyond the free 200 GB. */
function diskPrices(instance: InstanceRecord, input: PriceInput | null) {
  return instance.disks.map((disk) => {
    const price =
      input &&
      (disk.boot
        ? priceDetail(input, instance.chargeType).SystemDisks
        : priceDetail({ ...input, bootDisk: 0, dataDisks: [disk.size] }, instance.chargeType).Disks)
    return { IsBoot: disk.boot, ChargeType: instance.chargeType, Price: price ?? 0 }
  })
}

/**
 * One UHostSet item, with the SDK model's field names (CompShareInstanceSet) and the CLI's
 * `SchedulerStopTime` beside the SDK's `StopSchedulerTime`. Applications have URLs only while
 * it is Running.
 */
export function instanceJson(instance: InstanceRecord, origin: string) {
  const input = priceInput(instance)
  const running = instance.state === 'Running'
  const ip = ipOf(instance)
  return {
    UHostId: instance.id,
    Name: instance.name,
    Zone: instance.zone,
    State: instance.state,
    MachineType: 'G',
    GpuType: instance.gpuType,
    GPU: instance.gpu,
    CPU: instance.cpu,
    Memory: instance.memory,
    GraphicsMemory: { ...(gpuOffer(instance.gpuType)?.graphicsMemory ?? { Value: 0, Rate: 0 }) },
    ChargeType: instance.chargeType,
    InstancePrice: input ? priceDetail(input, instance.chargeType).Instance : 0,
    DiskPriceInfo: diskPrices(instance, input),
    CompShareImageId: instance.image.id,
    CompShareImageName: instance.image.name,
    CompShareImageType: instance.image.kind,
    CompShareImageOwnerAlias: instance.image.author,
    CompShareImageVersionName: instance.image.versionName,
    CompShareImagePrice: instance.image.price,
    CreateTime: instance.createTime,
    StartTime: instance.startTime,
    StopTime: instance.stopTime,
    UpdateTime: instance.updateTime,
    StopSchedulerTime: instance.stopAt,
    SchedulerStopTime: instance.stopAt,
    DiskSet: instance.disks.map((disk) => ({
      DiskId: disk.id,
      DiskType: disk.type,
      IsBoot: disk.boot ? 'True' : 'False',
      Size: disk.size,
    })),
    // The docs: the data disks' space (the system disk is not counted).
    TotalDiskSpace: instance.disks.reduce((sum, disk) => sum + (disk.boot ? 0 : disk.size), 0),
    IPSet: [{ IP: ip, IPMode: 'IPv4', Type: 'BGP', Default: 'true' }],
    SshLoginCommand: `ssh -p 22 root@${ip}`,
    Softwares: running
      ? webApps(instance).map((port) => ({
          Name: port.Software,
          URL: appUrl(origin, instance, port.Software),
        }))
      : [],
  }
}
