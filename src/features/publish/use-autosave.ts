import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { loadDraft, saveDraft, type SaveResult } from './draft-store'
import { emptyValues, type PublishValues, type Step } from './publish-schema'
import { useDraftTabs } from './use-draft-tabs'

/**
 * Saves the draft on every change, as it happens, so a reload, a closed tab or a crash loses
 * nothing. Cheap enough: the cover (the only large part) is rewritten only when it changes.
 *
 * Another tab editing the same draft stops the saving here (`conflict`) until the user
 * chooses: `keepThis` writes this tab's values over the other's, `takeOther` puts the other
 * tab's draft in this form. Both return the step to show.
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
  // What was last saved (or taken from another tab): only a real change is worth a save.
  const lastRef = useRef('')
  const { conflict, conflictRef, settle } = useDraftTabs(form, accountId, enabled)

  const save = useCallback(
    (step: Step, values: PublishValues) => {
      lastRef.current = JSON.stringify(values)
      setStatus(saveDraft(accountId, { step, savedAt: Date.now(), values }))
    },
    [accountId],
  )

  useEffect(() => {
    if (!enabled) return undefined
    // Fields registering on mount also notify watchers: only a real change is worth a save.
    lastRef.current = JSON.stringify(form.getValues())
    const subscription = form.watch(() => {
      const values = form.getValues()
      if (JSON.stringify(values) === lastRef.current) return
      // The edit stays in the form; writing it would overwrite the other tab's work.
      if (conflictRef.current) return
      save(stepRef.current, values)
    })
    return () => subscription.unsubscribe()
  }, [form, enabled, conflictRef, save])

  // A step change is worth saving at once: a reload reopens the step the user was on.
  const saveStep = useCallback(
    (next: Step) => {
      stepRef.current = next
      if (!conflictRef.current) save(next, form.getValues())
    },
    [form, conflictRef, save],
  )

  const keepThis = useCallback((): Step => {
    settle(null)
    save(stepRef.current, form.getValues())
    return stepRef.current
  }, [form, settle, save])

  /** The other tab's stored draft, cover and step included; an empty form if it was removed. */
  const takeOther = useCallback((): Step => {
    const other = loadDraft(accountId) ?? { step: 'image' as const, values: emptyValues }
    settle(null)
    lastRef.current = JSON.stringify(other.values)
    // Compared with what this tab opened with, so leaving still asks when there is content.
    form.reset(other.values, { keepDefaultValues: true })
    stepRef.current = other.step
    setStatus(null)
    return other.step
  }, [accountId, form, settle])

  // "Saved" would be untrue while nothing is written.
  return { status: conflict ? null : status, saveStep, conflict, keepThis, takeOther }
}
