import type { CommunityImagesPage, CommunityImagesRequest } from '@/api/actions/community-images'
import { groupRequest, sendEarly } from '@/api/actions/describe-community-images'
import type { ApiClient } from '@/api/client'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { connectionIdentity, createConnectionClient, createConnectionStore } from '@/lib/connection'
import { currentVersion } from '@/lib/group'
import { safeImageUrl } from '@/lib/safe-url'
import { groupPath, listPath } from './first-pages'

export interface FirstRequest {
  /** The group a group page shows; absent on the list. */
  groupId?: string
  request: CommunityImagesRequest
  client: ApiClient
  answer: Promise<CommunityImagesPage>
}

let sent: { key: string; first: FirstRequest | null } | undefined

/**
 * The request for the page this visit opened on (the list or a group), sent once for an address
 * and account, by whichever asks first: src/app/start-first-request.ts, which page-init.js
 * loads from the head while the app's own chunks are still downloading, or the app itself
 * (ADR 0016). Null on other pages.
 */
export function firstRequest(): FirstRequest | null {
  const connection = createConnectionStore().getSnapshot()
  const key = `${window.location.pathname}${window.location.search}\n${connectionIdentity(connection)}`
  if (sent?.key !== key) sent = { key, first: send(createConnectionClient(connection)) }
  return sent.first
}

function send(client: ApiClient): FirstRequest | null {
  const { pathname, search } = window.location
  const groupId = readGroupId(pathname)
  if (!listPath.test(pathname) && !groupId) return null
  const params = new URLSearchParams(search)
  const request = groupId ? groupRequest(groupId) : toRequest(parseSearch(params))
  // The route's loader asks for the same and is handed this answer instead of asking again.
  const answer = sendEarly(client, request)
  // A failure is the page's to show when it asks; until then it is not an unhandled error.
  answer.catch(() => undefined)
  // A group page opened on a chosen version shows that version's cover, not the current one.
  if (!groupId || !params.has('version')) void answer.then(preloadLeadCover, () => undefined)
  return groupId ? { groupId, request, client, answer } : { request, client, answer }
}

/** The group of a group page's path; undefined elsewhere, or when the path is not valid. */
function readGroupId(pathname: string): string | undefined {
  const raw = groupPath.exec(pathname)?.[1]
  try {
    return raw && decodeURIComponent(raw)
  } catch {
    return undefined // malformed escapes: the page itself says the group was not found
  }
}

/**
 * Starts the first cover, the one the page shows largest, as soon as its address is known,
 * rather than once React has rendered the page around it.
 */
function preloadLeadCover(page: CommunityImagesPage): void {
  const lead = page.groups[0]
  const url = lead && safeImageUrl(currentVersion(lead)?.coverUrl ?? '')
  if (!url || url.startsWith('data:')) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.setAttribute('as', 'image')
  link.setAttribute('fetchpriority', 'high')
  link.href = url
  document.head.append(link)
}
