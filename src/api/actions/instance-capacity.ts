import type { ApiClient, CallOptions } from '../client'
import { list, normalize, num, shaped, bool } from '../normalize'
import { sizeFields, type InstanceSize } from './instance-price'

const action = 'CheckCompShareResourceCapacity'

const spec = shaped({ Gpu: num(), Cpu: num(), Mem: num(), ResourceEnough: bool }, (s) => ({
  gpus: s.Gpu,
  cpu: s.Cpu,
  memoryGb: s.Mem,
  enough: s.ResourceEnough,
}))
const answer = shaped({ Specs: list(spec) }, (a) => a.Specs)

/**
 * Whether the zone can start `size` from `imageId` now: the check the official CLI makes before
 * it creates. A size the answer does not list is not known to be available.
 */
export async function hasCapacity(
  client: ApiClient,
  size: InstanceSize,
  imageId: string,
  options?: CallOptions,
): Promise<boolean> {
  const { ChargeType, Disks, GpuType } = sizeFields(size)
  const raw = await client.call(
    action,
    {
      GpuType,
      MachineType: 'G',
      MinimalCpuPlatform: 'Auto',
      CompShareImageId: imageId,
      ChargeType,
      Disks,
    },
    options,
  )
  return normalize(answer, raw, action).some(
    (s) => s.gpus === size.gpus && s.cpu === size.cpu && s.memoryGb === size.memoryGb && s.enough,
  )
}
