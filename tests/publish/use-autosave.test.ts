import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { expect, it } from 'vitest'
import { loadDraft } from '@/features/publish/draft-store'
import { emptyValues, type PublishValues, type Step } from '@/features/publish/publish-schema'
import { useAutosave } from '@/features/publish/use-autosave'

it('a keystroke straight after a step change is saved with the new step', () => {
  // The wizard renders with the new step only after the change: the keystroke comes first.
  const { result, rerender } = renderHook(
    ({ step }: { step: Step }) => {
      const form = useForm<PublishValues>({ defaultValues: emptyValues })
      return { form, autosave: useAutosave(form, 'account-1', step, true) }
    },
    { initialProps: { step: 'image' } },
  )
  act(() => {
    result.current.autosave.saveStep('version')
    result.current.form.setValue('versionName', 'v1.0')
  })
  rerender({ step: 'version' })
  // A reload reopens the step the user was on, with what they typed there.
  expect(loadDraft('account-1')).toMatchObject({ step: 'version', values: { versionName: 'v1.0' } })
})
