import type { CommunityImageVersion } from '@/api/actions/community-images'
import type { UpdateRequest } from '@/api/actions/update-comp-share-image'
import { emptyValues, type PublishValues } from '@/features/publish/publish-schema'
import { listingOf } from '@/features/publish/version-changes'

/**
 * The form's values for editing a published version. `target: 'new'` lets the name be edited
 * and checked as a name; nothing here is about a version name, which an edit never changes.
 */
export function editValues(version: CommunityImageVersion, groupName: string): PublishValues {
  return {
    ...emptyValues,
    ...listingOf(version, groupName),
    imageId: version.imageId,
    target: 'new',
    versionName: version.versionName,
    versionDesc: version.versionDesc,
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])
const priceOf = (values: PublishValues) => (values.paid ? Number(values.price) : 0)

/**
 * Only what changed, so an unchanged field is never re-sent (and never sends the version back
 * to review). Null when nothing changed.
 */
export function toUpdateRequest(before: PublishValues, after: PublishValues): UpdateRequest | null {
  const request: UpdateRequest = { imageId: before.imageId }
  const name = after.name.trim()
  if (name !== before.name.trim()) request.name = name
  if (after.description !== before.description) request.description = after.description
  if (after.versionDesc !== before.versionDesc) request.versionDesc = after.versionDesc
  if (!same(after.tags, before.tags)) request.tags = after.tags
  if (!same(after.gpus, before.gpus)) request.supportedGpuTypes = after.gpus
  if (after.autoStart !== before.autoStart) request.autoStart = after.autoStart
  if (priceOf(after) !== priceOf(before)) request.price = priceOf(after)
  if (after.cover) request.cover = after.cover
  if (after.readme !== before.readme) request.readme = after.readme
  return Object.keys(request).length > 1 ? request : null
}

/** Edits the service reviews again before they reach the marketplace (ADR 0018). */
const reviewed = ['name', 'cover', 'tags', 'price', 'supportedGpuTypes', 'autoStart'] as const

export function sendsBackToReview(request: UpdateRequest | null, status: string): boolean {
  return status === 'Available' && reviewed.some((field) => request?.[field] !== undefined)
}

/**
 * An empty list cannot be sent (an empty Tags is no Tags on the wire): clearing every tag or
 * GPU would silently keep the old ones, so the form says so instead.
 */
export function clearedLists(before: PublishValues, after: PublishValues) {
  return {
    tags: before.tags.length > 0 && after.tags.length === 0,
    gpus: before.gpus.length > 0 && after.gpus.length === 0,
  }
}
