import type { ApiClient, CallOptions } from '../client'
import {
  describeImageGroups,
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
