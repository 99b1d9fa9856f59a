import { canonicalGpuType } from '../../api/gpu-types.ts'
import { online } from '../state/group-view.ts'
import type { InstanceImage, InstanceRecord } from '../types.ts'
import type { ActionContext } from './context.ts'
import { invalidParameter, missingParameter, RetCode, SandboxError } from './errors.ts'
import { supportZones } from './location.ts'
import { optionalText, type Fields } from './params.ts'

export interface LaunchImage extends InstanceImage {
  /** MB. */
  size: number
  /** The GPU types it declares, by today's names; empty: it names none, so any will do. */
  gpus: string[]
}

/**
 * `CompShareImageId`: a community version online (Available and not withdrawn), or one of the
 * caller's own custom images that is Available. Anything else is answered alike, so another
 * account's custom image cannot be told from one that does not exist.
 */
export function imageField(
  fields: Fields,
  { catalogue, account }: ActionContext,
  required: boolean,
): LaunchImage | null {
  const id = optionalText(fields, 'CompShareImageId')
  if (id === undefined) {
    if (required) throw missingParameter('CompShareImageId')
    return null
  }
  const version = catalogue.versionGroup(id)?.versions.find((candidate) => candidate.id === id)
  if (version && online(version)) {
    return {
      id,
      kind: 'Community',
      name: version.name,
      author: version.author,
      versionName: version.versionName,
      price: version.price,
      ports: version.ports.map((port) => ({ ...port })),
      size: version.size,
      gpus: version.gpus.map(canonicalGpuType),
    }
  }
  const custom = catalogue.customImage(id)
  if (custom && custom.owner === account.publicKey && custom.status === 'Available') {
    return {
      id,
      kind: 'Custom',
      name: custom.name,
      author: account.nickname,
      versionName: '',
      price: 0,
      ports: [],
      size: custom.size,
      gpus: [],
    }
  }
  throw invalidParameter('CompShareImageId', `no available image ${id}`)
}

/** The image must list the GPU type, when it lists any (RetCode 226603, as the service says). */
export function checkImageGpu(image: LaunchImage, gpuType: string): void {
  if (image.gpus.length > 0 && !image.gpus.includes(gpuType)) {
    throw new SandboxError(
      RetCode.gpuNotSupported,
      `gpu type is not support current image (${image.id} supports ${image.gpus.join(', ')})`,
    )
  }
}

/** The region a zone is in. */
export const regionOf = (zone: string) =>
  supportZones.find((candidate) => candidate.Zone === zone)?.Region

/**
 * `UHostId`: one of the caller's instances, in the Region and Zone sent. Another account's is
 * answered exactly as one that does not exist.
 */
export function ownInstance(fields: Fields, { catalogue, account }: ActionContext): InstanceRecord {
  const id = optionalText(fields, 'UHostId')
  if (id === undefined) throw missingParameter('UHostId')
  const region = optionalText(fields, 'Region')
  const zone = optionalText(fields, 'Zone')
  const found = catalogue.state.instances.find(
    (instance) =>
      instance.id === id &&
      instance.owner === account.publicKey &&
      (zone === undefined || instance.zone === zone) &&
      (region === undefined || regionOf(instance.zone) === region),
  )
  if (!found) throw invalidParameter('UHostId', `no instance ${id}`)
  return found
}
