import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { normalize } from '../normalize'

/**
 * An edit of one published version (docs/decisions/0018): only the fields given are sent, and
 * an absent field stays as it is. A version's name and group never change, so there is no
 * field for either. Name, cover, tags, price, GPUs and AutoStart send an online version back
 * to review; the rest apply at once.
 */
export interface UpdateRequest {
  /** The version's CompShareImageId, as DescribeSelfCommunityImages lists it. */
  imageId: string
  name?: string | undefined
  description?: string | undefined
  versionDesc?: string | undefined
  /** Yuan per hour; 0 is free. */
  price?: number | undefined
  /** Plain Base64 of the image file, without a `data:` prefix. */
  cover?: string | undefined
  readme?: string | undefined
  /** An empty list cannot be sent (it is no list on the wire): it leaves the tags as they are. */
  tags?: readonly string[] | undefined
  /** Empty leaves them as they are, as for `tags`. */
  supportedGpuTypes?: readonly string[] | undefined
  autoStart?: boolean | undefined
  /** 0 withdraws the version from the marketplace (it answers Offline); 1 shows it again. */
  visibility?: 0 | 1 | undefined
}

const action = 'UpdateCompShareImage'
const answer = z.object({ RetCode: z.unknown() })

const nonEmpty = (values: readonly string[] | undefined) => (values?.length ? values : undefined)

/**
 * Sends one edit. Never retried by anything: the caller decides, with the user, whether to
 * send it again. A request with no field besides `imageId` is refused by the service.
 */
export async function updateCompShareImage(
  client: ApiClient,
  request: UpdateRequest,
  options?: CallOptions,
): Promise<void> {
  const raw = await client.call(
    action,
    {
      CompShareImageId: request.imageId,
      Name: request.name,
      Description: request.description,
      VersionDesc: request.versionDesc,
      Price: request.price,
      Cover: request.cover || undefined,
      Readme: request.readme,
      Tags: nonEmpty(request.tags),
      SupportedGpuTypes: nonEmpty(request.supportedGpuTypes),
      AutoStart: request.autoStart,
      Visibility: request.visibility,
    },
    options,
  )
  normalize(answer, raw, action)
}
