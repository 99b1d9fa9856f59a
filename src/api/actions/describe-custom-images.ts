import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { list, normalize, num, shaped, str } from '../normalize'

export interface CustomImagesRequest {
  imageId?: string | undefined
  offset?: number | undefined
  limit?: number | undefined
}

const action = 'DescribeCompShareCustomImages'

const image = shaped(
  {
    CompShareImageId: z.string().check(z.minLength(1)),
    Name: str,
    Status: str,
    ImageType: str,
    // Some answers say Container "True"/"False" instead of (or besides) ImageType.
    Container: str,
    Size: num(),
    CreateTime: num(),
    Description: str,
  },
  (i) => ({
    imageId: i.CompShareImageId,
    name: i.Name,
    status: i.Status,
    imageType: i.ImageType,
    isContainer:
      i.Container !== ''
        ? i.Container.toLowerCase() === 'true'
        : !/virtual|vm|uhost/i.test(i.ImageType),
    sizeMb: i.Size,
    createTime: i.CreateTime,
    description: i.Description,
  }),
)

const page = shaped({ TotalCount: num(-1), ImageSet: list(image) }, (p) => ({
  totalCount: p.TotalCount < 0 ? p.ImageSet.length : p.TotalCount,
  images: p.ImageSet,
}))

export type CustomImage = z.output<typeof image>
export type CustomImagesPage = z.output<typeof page>

/** Only a container image that is Available may be published to the community. */
export function isPublishable(image: CustomImage): boolean {
  return image.isContainer && image.status === 'Available'
}

/** The caller's own custom images, to pick one to publish. */
export async function describeCustomImages(
  client: ApiClient,
  request: CustomImagesRequest = {},
  options?: CallOptions,
): Promise<CustomImagesPage> {
  const raw = await client.call(
    action,
    {
      CompShareImageId: request.imageId || undefined,
      Offset: request.offset,
      Limit: request.limit,
    },
    options,
  )
  return normalize(page, raw, action)
}
