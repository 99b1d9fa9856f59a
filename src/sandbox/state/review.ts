import type { VersionRecord } from '../types.ts'

/**
 * Review is computed from the clock rather than by a timer: a version published at PubTime is
 * approved by the first request at or after PubTime + reviewSeconds. Nothing runs in the
 * background, and tests move an injected clock instead of waiting. An edit that sends a version
 * back to review restarts its clock from `reviewSince`.
 */
const reviewStart = (version: VersionRecord) => version.reviewSince ?? version.pubTime

export function nextReviewDue(
  pending: readonly VersionRecord[],
  reviewSeconds: number,
): number | null {
  let due: number | null = null
  for (const version of pending) {
    const at = reviewStart(version) + reviewSeconds
    if (due === null || at < due) due = at
  }
  return due
}

/** Approves every pending version whose time has come; answers those still waiting. */
export function approveDue(
  pending: readonly VersionRecord[],
  reviewSeconds: number,
  now: number,
): VersionRecord[] {
  const waiting: VersionRecord[] = []
  for (const version of pending) {
    const at = reviewStart(version) + reviewSeconds
    if (version.status !== 'Reviewing') continue
    if (at > now) {
      waiting.push(version)
      continue
    }
    version.status = 'Available'
    version.updateTime = at
  }
  return waiting
}
