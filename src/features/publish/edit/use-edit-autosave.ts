import { useEffect, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { PublishValues } from '../publish-schema'
import { clearEditDraft, saveEditDraft } from './edit-draft'
import { toUpdateRequest } from './edit-request'

/**
 * Keeps every change on this device until it is saved or undone; an edit back to the published
 * values removes the kept copy. True when the storage refused the last write.
 */
export function useEditAutosave(
  form: UseFormReturn<PublishValues>,
  base: PublishValues,
  accountId: string,
  restoredCover: string,
): boolean {
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let cover = restoredCover
    const subscription = form.watch(() => {
      const current = form.getValues()
      if (!toUpdateRequest(base, current)) return clearEditDraft(accountId, base.imageId)
      setFailed(!saveEditDraft(accountId, current, cover))
      cover = current.cover
    })
    return () => subscription.unsubscribe()
  }, [form, base, accountId, restoredCover])
  return failed
}
