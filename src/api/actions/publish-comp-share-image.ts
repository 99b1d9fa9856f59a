import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { normalize } from '../normalize'

export interface PublishRequest {
  imageId: string
  /** Set to add a version to an existing group; absent creates a new group. */
  groupId?: string | undefined
  communityImageName?: string | undefined
  versionName: string
  versionDesc?: string | undefined
  /** Yuan per hour; 0 is free. */
  price?: number | undefined
  /** Plain Base64 of the image file, without a `data:` prefix. */
  cover?: string | undefined
  tags?: readonly string[] | undefined
  description?: string | undefined
  readme?: string | undefined
  supportedGpuTypes?: readonly string[] | undefined
  autoStart?: boolean | undefined
  /** What runs in the image; the service turns Applications into the version's ports. */
  softwares?: Softwares | undefined
}

export interface Softwares {
  /** Names from DescribeCompShareSoftwarePort. */
  applications: readonly string[]
  cudaVersion?: string | undefined
  framework?: string | undefined
  frameworkVersion?: string | undefined
}

const action = 'PublishCompShareImage'
const answer = z.object({ RetCode: z.unknown() })

/**
 * Publishes one version. Never retried by anything: a publish that may have arrived must not
 * be sent twice, so the caller decides, with the user, whether to send it again.
 */
export async function publishCompShareImage(
  client: ApiClient,
  request: PublishRequest,
  options?: CallOptions,
): Promise<void> {
  const raw = await client.call(
    action,
    {
      CompShareImageId: request.imageId,
      GroupId: request.groupId || undefined,
      CommunityImageName: request.communityImageName,
      VersionName: request.versionName,
      VersionDesc: request.versionDesc,
      Price: request.price,
      Cover: request.cover || undefined,
      Tags: request.tags,
      Description: request.description,
      Readme: request.readme,
      SupportedGpuTypes: request.supportedGpuTypes,
      AutoStart: request.autoStart,
      Softwares: request.softwares && {
        Applications: request.softwares.applications,
        CUDAVersion: request.softwares.cudaVersion || undefined,
        Framework: request.softwares.framework || undefined,
        FrameworkVersion: request.softwares.frameworkVersion || undefined,
      },
    },
    options,
  )
  normalize(answer, raw, action)
}
