import type { PublishValues } from '@/features/publish/publish-schema'
import { editDraftCoverKey, editDraftKey } from '@/lib/storage-keys'

/**
 * Unsaved edits of one published version, kept on this device per account and version, so a
 * reload, a crash or a failed save loses nothing. The cover (up to ~2 MB of Base64) has its own
 * key, rewritten only when it changes, so a keystroke's write stays small.
 */
const keyFor = editDraftKey
const coverKeyFor = editDraftCoverKey

export interface EditDraft {
  savedAt: number
  values: PublishValues
}

export function loadEditDraft(accountId: string, imageId: string): EditDraft | null {
  try {
    const raw = localStorage.getItem(keyFor(accountId, imageId))
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<EditDraft>
    if (typeof parsed.savedAt !== 'number' || typeof parsed.values !== 'object') return null
    const cover = localStorage.getItem(coverKeyFor(accountId, imageId)) ?? ''
    return { savedAt: parsed.savedAt, values: { ...parsed.values, cover } }
  } catch {
    return null
  }
}

/** False when the storage is full or blocked: the form says so rather than failing silently. */
export function saveEditDraft(
  accountId: string,
  values: PublishValues,
  previousCover: string,
): boolean {
  const { imageId } = values
  try {
    const { cover, ...rest } = values
    if (cover !== previousCover) localStorage.setItem(coverKeyFor(accountId, imageId), cover)
    localStorage.setItem(
      keyFor(accountId, imageId),
      JSON.stringify({ savedAt: Date.now(), values: rest }),
    )
    return true
  } catch {
    return false
  }
}

export function clearEditDraft(accountId: string, imageId: string): void {
  try {
    localStorage.removeItem(keyFor(accountId, imageId))
    localStorage.removeItem(coverKeyFor(accountId, imageId))
  } catch {
    // Nothing stored that could be removed.
  }
}
