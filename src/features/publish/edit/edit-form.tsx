import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { isApiError } from '@/api/errors'
import { ApiErrorMessage, apiErrorText } from '@/components/api-error-message'
import { CoverImage } from '@/components/cover-image'
import { LeaveGuard } from '@/features/publish/leave-guard'
import { fieldForError, publishSchema, type PublishValues } from '@/features/publish/publish-schema'
import { StepCover } from '@/features/publish/step-cover'
import { StepListing } from '@/features/publish/step-listing'
import { StepReadme } from '@/features/publish/step-readme'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { myMutations } from '@/lib/my-queries'
import { clearEditDraft, loadEditDraft } from './edit-draft'
import { useEditAutosave } from './use-edit-autosave'
import { clearedLists, editValues, sendsBackToReview, toUpdateRequest } from './edit-request'
import { VersionNotes } from '@/features/publish/version-notes'
import { Button } from '@/components/ui/button'
import { errorClass } from '@/components/ui/classes'

const box = 'rounded-md border p-3 text-sm'

/**
 * Edits one published version with the wizard's own fields and checks, prefilled, sending only
 * what changed as UpdateCompShareImage, once per click and never retried behind the user.
 */
export function EditForm({
  group,
  version,
  vocabulary,
  onSaved,
}: {
  group: CommunityImageGroup
  version: CommunityImageVersion
  vocabulary: string[]
  onSaved: (backToReview: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const client = useApiClient()
  const base = useMemo(() => editValues(version, group.name), [version, group.name])
  const [draft] = useState(() => loadEditDraft(client.accountId, version.imageId))
  const resolver = useMemo(() => zodResolver(publishSchema([])), [])
  const form = useForm<PublishValues>({
    defaultValues: draft ? { ...base, ...draft.values } : base,
    resolver,
    mode: 'onChange',
  })
  const values = useWatch({ control: form.control }) as PublishValues
  const request = toUpdateRequest(base, { ...base, ...values })
  const backToReview = sendsBackToReview(request, version.status)
  const mutation = useMutation(myMutations.update(client))
  const [nothing, setNothing] = useState(false)
  const inFlight = useRef(false)

  const storageFailed = useEditAutosave(form, base, client.accountId, draft?.values.cover ?? '')

  const save = async (current: PublishValues) => {
    const cleared = clearedLists(base, current)
    if (cleared.tags) form.setError('tags', { type: 'manual', message: 'cannotClearTags' })
    if (cleared.gpus) form.setError('gpus', { type: 'manual', message: 'cannotClearGpus' })
    if (cleared.tags || cleared.gpus) return
    const update = toUpdateRequest(base, current)
    setNothing(!update)
    if (!update || inFlight.current) return
    inFlight.current = true
    try {
      await mutation.mutateAsync(update)
      clearEditDraft(client.accountId, base.imageId)
      onSaved(sendsBackToReview(update, version.status))
    } catch (error) {
      const field =
        isApiError(error) && error.kind === 'api'
          ? fieldForError(error.retCode, error.message)
          : null
      if (field) form.setError(field, { type: 'server', message: apiErrorText(error, t) })
    } finally {
      inFlight.current = false
    }
  }

  const discard = () => {
    clearEditDraft(client.accountId, base.imageId)
    form.reset(base)
  }

  return (
    <FormProvider {...form}>
      <LeaveGuard
        active={request !== null && !mutation.isSuccess}
        title={t('edit.leaveTitle')}
        body={t('edit.leaveBody')}
      />
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit(save)(event)}
        className="flex flex-col gap-8"
      >
        {draft && (
          <p
            role="status"
            className={`${box} border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/50 dark:text-sky-100`}
          >
            {t('edit.draftRestored', {
              time: new Date(draft.savedAt).toLocaleString(i18n.language),
            })}
          </p>
        )}
        <VersionNotes />
        <StepListing vocabulary={vocabulary} software={false} />
        <section aria-labelledby="edit-current-cover" className="flex max-w-sm flex-col gap-2">
          <h2 id="edit-current-cover" className="font-medium">
            {t('edit.currentCover')}
          </h2>
          <CoverImage url={version.coverUrl} />
        </section>
        <StepCover />
        <StepReadme />
        {backToReview && (
          <p
            role="note"
            className={`${box} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100`}
          >
            {t('edit.backToReview', { version: version.versionName })}
          </p>
        )}
        {mutation.isError && !form.formState.errors.root && (
          <div
            role="alert"
            className={`${box} border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100`}
          >
            <p className="font-medium">{t('edit.failed')}</p>
            <ApiErrorMessage error={mutation.error} />
            <p className="mt-1">{t('edit.failedKept')}</p>
          </div>
        )}
        {nothing && !request && <p role="status">{t('edit.nothingChanged')}</p>}
        {storageFailed && (
          <p role="alert" className={errorClass}>
            {t('edit.draftNotKept')}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('edit.saving') : t('edit.save')}
          </Button>
          {request && (
            <Button variant="quiet" onClick={discard}>
              {t('edit.discard')}
            </Button>
          )}
        </div>
      </form>
    </FormProvider>
  )
}
