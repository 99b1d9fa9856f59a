import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { draftKeys, forgetWrittenCover, loadDraft } from './draft-store'
import { emptyValues, type PublishValues, type Step } from './publish-schema'

/** What another tab stored for the same draft, when it differs from what this tab holds. */
export interface DraftConflict {
  /** When the other tab saved it; for a removal, when this tab noticed. */
  savedAt: number
  step: Step
  values: PublishValues
  /** The other tab discarded the draft or published it: nothing is stored any more. */
  removed: boolean
}

const fields = Object.keys(emptyValues) as (keyof PublishValues)[]

/** The fields whose values differ (arrays and all compared by content). */
export const differingFields = (a: PublishValues, b: PublishValues): (keyof PublishValues)[] =>
  fields.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))

/** What the stored draft means for this tab now: a conflict, or null when nothing differs. */
function conflictWith(accountId: string, current: PublishValues): DraftConflict | null {
  const { draft } = draftKeys(accountId)
  let raw: string | null
  try {
    raw = localStorage.getItem(draft)
  } catch {
    return null
  }
  if (raw === null) {
    // Gone: worth asking only if this tab holds something a save would bring back.
    if (differingFields(current, emptyValues).length === 0) return null
    return { savedAt: Date.now(), step: 'image', values: emptyValues, removed: true }
  }
  const other = loadDraft(accountId)
  // Unreadable (another version of the app?): nothing to compare, nothing to offer.
  if (!other || differingFields(current, other.values).length === 0) return null
  return { ...other, removed: false }
}

/**
 * Notices another tab of the same origin changing or removing this account's draft (the
 * `storage` event fires only in the other tabs). While a conflict stands, the autosave must not
 * write: it would silently overwrite the other tab's work. A later change there that makes
 * both tabs agree again (say, the other tab took this one's version) ends the conflict.
 */
export function useDraftTabs(
  form: UseFormReturn<PublishValues>,
  accountId: string,
  enabled: boolean,
) {
  const [conflict, setConflict] = useState<DraftConflict | null>(null)
  // Read by the autosave in its subscription, which must see a conflict before React renders.
  const conflictRef = useRef<DraftConflict | null>(null)
  const settle = useCallback((next: DraftConflict | null) => {
    conflictRef.current = next
    setConflict(next)
  }, [])

  useEffect(() => {
    if (!enabled) return undefined
    const keys = draftKeys(accountId)
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea && event.storageArea !== localStorage) return
      // `key` is null when the other tab cleared the whole storage.
      if (event.key !== null && event.key !== keys.draft && event.key !== keys.cover) return
      forgetWrittenCover(accountId)
      // The cover is written before the draft, and removed after it: the draft's event is the
      // one that says the other tab is done.
      if (event.key === keys.cover) return
      settle(conflictWith(accountId, form.getValues()))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [form, accountId, enabled, settle])

  return { conflict, conflictRef, settle }
}
