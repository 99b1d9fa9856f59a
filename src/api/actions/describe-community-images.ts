import type { ApiClient, CallOptions } from '../client'
import { earlyKey, offerEarly, takeEarly } from '../early-answers'
import {
  describeImageGroups,
  type CommunityImageGroup,
  type CommunityImagesPage,
  type CommunityImagesRequest,
} from './community-images'

/**
 * The marketplace: published groups with their Available and Offline versions. The first
 * page's request may already be on its way (src/api/early-answers.ts): then that is the answer.
 */
export function describeCommunityImages(
  client: ApiClient,
  request: CommunityImagesRequest = {},
  options?: CallOptions,
): Promise<CommunityImagesPage> {
  const key = earlyKey(client, 'DescribeCommunityImages', request)
  return (
    takeEarly<CommunityImagesPage>(key) ??
    describeImageGroups(client, 'DescribeCommunityImages', request, options)
  )
}

/** Sends `request` now, for whoever asks for it next (the first page, from the head). */
export function sendEarly(client: ApiClient, request: CommunityImagesRequest) {
  const answer = describeCommunityImages(client, request)
  offerEarly(earlyKey(client, 'DescribeCommunityImages', request), answer)
  return answer
}

/** One group by its id: what a group page asks the marketplace (and the account's own list) for. */
export function groupRequest(groupId: string): CommunityImagesRequest {
  return { groupId, limit: 1 }
}

/** The group a `groupRequest` answer carries; null when the marketplace has no such group. */
export function groupIn(page: CommunityImagesPage): CommunityImageGroup | null {
  return page.groups[0] ?? null
}
