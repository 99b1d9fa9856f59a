import type * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { canonicalGpuType } from '../gpu-types'
import { list, normalize, num, orElse, shaped, str } from '../normalize'

const action = 'DescribeAvailableCompShareInstanceTypes'

const collection = shaped({ Cpu: num(), Memory: list(num()) }, (c) => ({
  cpu: c.Cpu,
  /** GB here; requests take MB. */
  memoryGb: c.Memory.filter((m) => m > 0),
}))
const machineSize = shaped({ Gpu: num(), Collection: list(collection) }, (s) => ({
  gpus: s.Gpu,
  collection: s.Collection.filter((c) => c.cpu > 0 && c.memoryGb.length > 0),
}))
const diskType = shaped({ Name: str, MaximalSize: num() }, (d) => ({
  type: d.Name,
  maxGb: d.MaximalSize,
}))
const diskGroup = shaped({ BootDisk: list(diskType) }, (g) => g.BootDisk)
const graphicsMemory = orElse(
  shaped({ Value: num() }, (m) => m.Value),
  0,
)

const instanceType = shaped(
  {
    Name: str,
    Zone: str,
    Status: str,
    GraphicsMemory: graphicsMemory,
    MachineSizes: list(machineSize),
    Disks: list(diskGroup),
  },
  (t) => ({
    gpuType: canonicalGpuType(t.Name),
    zone: t.Zone,
    /** `SoldOut` in the docs; `Normal` is for sale. Anything else is not known to be for sale. */
    soldOut: t.Status !== 'Normal',
    memoryGb: t.GraphicsMemory,
    sizes: t.MachineSizes.filter((s) => s.gpus > 0 && s.collection.length > 0),
    bootDisks: t.Disks.flat().filter((d) => d.type !== ''),
  }),
)
const answer = shaped({ AvailableInstanceTypes: list(instanceType) }, (a) =>
  a.AvailableInstanceTypes.filter((t) => t.gpuType !== ''),
)

export type InstanceType = z.output<typeof instanceType>
export type MachineSize = InstanceType['sizes'][number]

/** The GPU types on sale in the connection's zone, their sizes and whether they are sold out. */
export async function describeInstanceTypes(
  client: ApiClient,
  options?: CallOptions,
): Promise<InstanceType[]> {
  const raw = await client.call(action, { InstanceType: 'uhost' }, options)
  return normalize(answer, raw, action)
}
