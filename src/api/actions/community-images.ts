import type { ApiClient, CallOptions } from '../client'
import type { CommunityImagesPage } from './community-images-schema'

export type {
  AuthorKind,
  CommunityImageGroup,
  CommunityImagesPage,
  CommunityImageVersion,
} from './community-images-schema'

/** The shape DescribeCommunityImages and DescribeSelfCommunityImages share. */

export type SortField = 'PubTime' | 'Favor' | 'FavoritesCount' | 'ImageUseTime'

export interface CommunityImagesRequest {
  imageId?: string | undefined
  groupId?: string | undefined
  name?: string | undefined
  author?: string | undefined
  fuzzySearch?: string | undefined
  /** Every tag must be present (intersection). */
  tags?: readonly string[] | undefined
  isFree?: boolean | undefined
  isOfficial?: boolean | undefined
  autoStart?: boolean | undefined
  sort?: { field: SortField; ascending: boolean } | undefined
  offset?: number | undefined
  limit?: number | undefined
}

export function toWireParams(request: CommunityImagesRequest): Record<string, unknown> {
  return {
    CompShareImageId: request.imageId || undefined,
    GroupId: request.groupId || undefined,
    Name: request.name || undefined,
    Author: request.author || undefined,
    FuzzySearch: request.fuzzySearch || undefined,
    Tag: request.tags?.length ? request.tags : undefined,
    // false would mean "no restriction" anyway; leaving it out keeps requests minimal.
    IsFree: request.isFree || undefined,
    IsOfficial: request.isOfficial || undefined,
    IfAutoStart: request.autoStart || undefined,
    SortCondition: request.sort && { Field: request.sort.field, ASC: request.sort.ascending },
    Offset: request.offset,
    Limit: request.limit,
  }
}

export async function describeImageGroups(
  client: ApiClient,
  action: 'DescribeCommunityImages' | 'DescribeSelfCommunityImages',
  request: CommunityImagesRequest,
  options?: CallOptions,
): Promise<CommunityImagesPage> {
  // The request goes out at once; the answer's checker (zod) downloads beside it.
  const [answer, { readImageGroups }] = await Promise.all([
    client.call(action, toWireParams(request), options),
    import('./community-images-schema'),
  ])
  return readImageGroups(answer, action)
}
