import type { ApiClient, CallOptions } from '../client'
import {
  describeImageGroups,
  type CommunityImagesPage,
  type CommunityImagesRequest,
} from './community-images'

/** The caller's own groups, every version including those still in review. */
export function describeSelfCommunityImages(
  client: ApiClient,
  request: CommunityImagesRequest = {},
  options?: CallOptions,
): Promise<CommunityImagesPage> {
  return describeImageGroups(client, 'DescribeSelfCommunityImages', request, options)
}
