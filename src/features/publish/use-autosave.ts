import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { saveDraft, type SaveResult } from './draft-store'
import type { PublishValues, Step } from './publish-schema'

/**
 * Saves the draft on every change, as it happens, so a reload, a closed tab or a crash loses
 * nothing. Cheap enough: the cover (the only large part) is rewritten only when it changes.
 */
export function useAutosave(
  form: UseFormReturn<PublishValues>,
  accountId: string,
  firstStep: Step,
  enabled: boolean,
) {
  const [status, setStatus] = useState<SaveResult | null>(null)
  // Moved on by `saveStep` as the step changes, not by an effect after the render: a keystroke
  // in between would save the draft with the step the user has left.
  const stepRef = useRef(firstStep)

  useEffect(() => {
    if (!enabled) return undefined
    // Fields registering on mount also notify watchers: only a real change is worth a save.
    let last = JSON.stringify(form.getValues())
    const subscription = form.watch(() => {
      const values = form.getValues()
      const text = JSON.stringify(values)
      if (text === last) return
      last = text
      setStatus(saveDraft(accountId, { step: stepRef.current, savedAt: Date.now(), values }))
    })
    return () => subscription.unsubscribe()
  }, [form, accountId, enabled])

  // A step change is worth saving at once: a reload reopens the step the user was on.
  const saveStep = useCallback(
    (next: Step) => {
      stepRef.current = next
      setStatus(saveDraft(accountId, { step: next, savedAt: Date.now(), values: form.getValues() }))
    },
    [accountId, form],
  )

  return { status, saveStep }
}
