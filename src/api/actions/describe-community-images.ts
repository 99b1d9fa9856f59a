import type { ApiClient, CallOptions } from '../client'
import {
  describeImageGroups,
  type CommunityImageGroup,
  type CommunityImagesPage,
  type CommunityImagesRequest,
} from './community-images'

/** The marketplace: published groups with their Available and Offline versions. */
export function describeCommunityImages(
  client: ApiClient,
  request: CommunityImagesRequest = {},
  options?: CallOptions,
): Promise<CommunityImagesPage> {
  return describeImageGroups(client, 'DescribeCommunityImages', request, options)
}

/** One group by its id: what a group page asks the marketplace (and the account's own list) for. */
export function groupRequest(groupId: string): CommunityImagesRequest {
  return { groupId, limit: 1 }
}

/** The group a `groupRequest` answer carries; null when the marketplace has no such group. */
export function groupIn(page: CommunityImagesPage): CommunityImageGroup | null {
  return page.groups[0] ?? null
}
