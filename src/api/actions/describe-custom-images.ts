import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { bool, list, normalize, num, shaped, str } from '../normalize'

export interface CustomImagesRequest {
  imageId?: string | undefined
  offset?: number | undefined
  limit?: number | undefined
}

const action = 'DescribeCompShareCustomImages'

/** Why an image cannot be published, or null when it can. */
export type UnpublishableReason = 'virtualMachine' | 'making' | 'unavailable' | 'notAvailable'

// The SDK model CompShareImage: ImageType System/App/Custom/Community, Container "True"/"False",
// Status Making/Available/UnAvailable (and Reviewing, Offline).
const image = shaped(
  {
    CompShareImageId: z.string().check(z.minLength(1)),
    Name: str,
    Status: str,
    ImageType: str,
    Container: bool,
    Size: num(),
    CreateTime: num(),
    Description: str,
    // The SDK model's Author and AuthInfo: the name and badge the marketplace shows for it.
    Author: str,
    AuthInfo: num(),
  },
  (i) => ({
    imageId: i.CompShareImageId,
    name: i.Name,
    status: i.Status,
    imageType: i.ImageType,
    isContainer: i.Container,
    sizeMb: i.Size,
    createTime: i.CreateTime,
    description: i.Description,
    author: i.Author,
    authorKind: authorKindOf(i.AuthInfo),
    unpublishable: reasonOf(i.Container, i.Status),
  }),
)

/** AuthInfo: 0 ordinary creator, 1 official account, 2 certified author. */
function authorKindOf(authInfo: number): 'creator' | 'official' | 'certified' {
  return authInfo === 1 ? 'official' : authInfo === 2 ? 'certified' : 'creator'
}

/** The seed: only a container image that is Available may be published to the community. */
function reasonOf(container: boolean, status: string): UnpublishableReason | null {
  if (!container) return 'virtualMachine'
  if (status === 'Available') return null
  if (status === 'Making') return 'making'
  if (status === 'UnAvailable') return 'unavailable'
  return 'notAvailable'
}

const page = shaped({ TotalCount: num(-1), ImageSet: list(image) }, (p) => ({
  totalCount: p.TotalCount < 0 ? p.ImageSet.length : p.TotalCount,
  images: p.ImageSet,
}))

export type CustomImage = z.output<typeof image>
export type CustomImagesPage = z.output<typeof page>

export function isPublishable(image: CustomImage): boolean {
  return image.unpublishable === null
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
