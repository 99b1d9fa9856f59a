import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import type { CustomImage } from '@/api/actions/describe-custom-images'
import { mayHaveArrived } from '@/api/arrival'
import { isApiError } from '@/api/errors'
import { apiErrorText } from '@/components/api-error-message'
import { useApiClient } from '@/lib/api-client-context'
import { currentVersion } from '@/lib/group'
import { myMutations, versionChanged } from '@/lib/my-queries'
import { ArrivalCheck } from './arrival-panel'
import { versionIds, type Copy, type SentPublish } from './arrival-check'
import { clearDraft, type Draft } from './draft-store'
import { LeaveGuard } from './leave-guard'
import {
  fieldForError,
  emptyValues,
  existingVersionsFor,
  publishSchema,
  stepFields,
  steps,
  toPublishRequest,
  type PublishValues,
  type Step,
} from './publish-schema'
import { PublishResult, type Outcome } from './publish-result'
import { StepCover } from './step-cover'
import { StepImage } from './step-image'
import { StepListing } from './step-listing'
import { StepReadme } from './step-readme'
import { StepReview } from './step-review'
import { StepVersion } from './step-version'
import { StepNav } from './step-nav'
import { DraftConflict } from './draft-conflict'
import { useAutosave } from './use-autosave'
import { useStepFocus } from './use-step-focus'
import { WizardActions } from './wizard-actions'

interface WizardProps {
  initial: Draft
  images: CustomImage[]
  groups: CommunityImageGroup[]
  vocabulary: string[]
  onDiscard: () => void
  /** Called once the version is published (or found to have arrived). */
  onPublished: () => void
}

const stepOf = (field: keyof PublishValues): Step =>
  steps.find((step) => stepFields[step].includes(field)) ?? 'review'

export function PublishWizard({
  initial,
  images,
  groups,
  vocabulary,
  onDiscard,
  onPublished,
}: WizardProps) {
  const { t } = useTranslation()
  const client = useApiClient()
  const queryClient = useQueryClient()
  const resolver = useMemo(() => zodResolver(publishSchema(groups)), [groups])
  const form = useForm<PublishValues>({ defaultValues: initial.values, resolver, mode: 'onChange' })
  const [step, setStep] = useState<Step>(initial.step)
  const [furthest, setFurthest] = useState(steps.indexOf(initial.step))
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [refused, setRefused] = useState(false)
  const [sent, setSent] = useState<SentPublish | null>(null)
  /** Copies the check found after a lost answer; null when the check itself failed. */
  const [arrivals, setArrivals] = useState<number | null | undefined>(undefined)
  // Read during render: React Hook Form re-renders only for what is read, and a draft restored
  // on the review step has rendered no field yet, so a refused Publish would jump to a step
  // without its messages.
  const hasErrors = Object.keys(form.formState.errors).length > 0
  const inFlight = useRef(false)
  const mutation = useMutation(myMutations.publish(client))

  const [target, groupId] = useWatch({ control: form.control, name: ['target', 'groupId'] })
  const group = target === 'existing' ? groups.find((g) => g.groupId === groupId) : undefined
  const live = group && currentVersion(group)
  // The name and badge the marketplace shows for this account: from a version it published,
  // else from its custom images (the service names their author too).
  const mine =
    groups.flatMap((g) => g.versions).find((version) => version.author) ??
    images.find((image) => image.author)
  const author = { name: mine?.author ?? '', kind: mine?.authorKind ?? ('creator' as const) }
  const existingVersions = existingVersionsFor({ target, groupId }, groups)

  const published = outcome?.kind === 'success'
  const {
    status: saveStatus,
    saveStep,
    conflict,
    keepThis,
    takeOther,
  } = useAutosave(form, client.accountId, initial.step, !published)
  // After autosave's last flush (effect clean-ups run first), so the draft stays gone.
  useEffect(() => {
    if (published) clearDraft(client.accountId)
  }, [published, client.accountId])
  // A restored draft counts as content from the start; otherwise any edit does.
  const startedWithContent = JSON.stringify(initial.values) !== JSON.stringify(emptyValues)
  const hasContent = startedWithContent || form.formState.isDirty

  const { heading, formRef, moved, refused: showRefusal } = useStepFocus()

  const go = (next: Step) => {
    setStep(next)
    saveStep(next)
    setFurthest((f) => Math.max(f, steps.indexOf(next)))
    moved()
  }

  const next = async () => {
    if (await form.trigger(stepFields[step])) go(steps[steps.indexOf(step) + 1] ?? 'review')
    else showRefusal()
  }

  const succeeded = useCallback(
    (success: Extract<Outcome, { kind: 'success' }>) => {
      setOutcome(success)
      setSent(null)
      onPublished()
    },
    [onPublished],
  )

  const arrived = useCallback(
    (copy: Copy, withdrawn: number) => {
      // The publish "failed" (no answer) yet arrived: what its success would have refreshed.
      void versionChanged(queryClient, { groupId: copy.groupId })
      succeeded({
        kind: 'success',
        versionName: sent?.request.versionName ?? '',
        groupId: copy.groupId,
        recovered: { withdrawn },
      })
    },
    [succeeded, sent, queryClient],
  )

  const publish = async (values: PublishValues): Promise<boolean> => {
    setOutcome(null)
    setSent(null)
    setArrivals(undefined)
    const request = toPublishRequest(values)
    const sending = { request, sentAt: Math.floor(Date.now() / 1000), known: versionIds(groups) }
    try {
      await mutation.mutateAsync(request)
      succeeded({ kind: 'success', versionName: values.versionName, groupId: group?.groupId })
      return true
    } catch (error) {
      const field =
        isApiError(error) && error.kind === 'api'
          ? fieldForError(error.retCode, error.message)
          : null
      if (field) {
        form.setError(field, { type: 'server', message: apiErrorText(error, t) })
        go(stepOf(field))
      }
      const uncertain = mayHaveArrived(error)
      setOutcome({ kind: uncertain ? 'uncertain' : 'failed', error })
      // Whatever arrived is looked for before the user is offered to send it again.
      if (uncertain) setSent(sending)
      return false
    }
  }

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault()
    // Enter in a text field submits the form implicitly: before the review, that means Next.
    if (step !== 'review') return next()
    // A second click before React re-renders the disabled button must not send again: the
    // guard is set before validation (itself asynchronous) and stays set after a success.
    if (inFlight.current) return
    inFlight.current = true
    let succeeded = false
    try {
      await form.handleSubmit(async (values) => {
        succeeded = await publish(values)
      }, showFirstInvalidStep)(event)
    } finally {
      inFlight.current = succeeded
    }
  }

  const showFirstInvalidStep = (errors: FieldErrors<PublishValues>) => {
    const first = steps.find((s) => stepFields[s].some((field) => field in errors))
    setRefused(true)
    if (first) go(first)
  }

  if (outcome?.kind === 'success') {
    return <PublishResult outcome={outcome} onAnother={onDiscard} />
  }

  const index = steps.indexOf(step)
  return (
    <FormProvider {...form}>
      <LeaveGuard active={hasContent} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <StepNav current={step} furthest={furthest} onGo={go} />
        <form
          ref={formRef}
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="flex min-w-0 flex-col gap-6"
        >
          <div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t('publish.stepOf', { step: index + 1, total: steps.length })}
            </p>
            <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
              {t(`publish.steps.${step}`)}
            </h2>
          </div>
          {outcome && <PublishResult outcome={outcome} onAnother={onDiscard} />}
          {outcome?.kind === 'uncertain' && sent && (
            <ArrivalCheck sent={sent} onArrived={arrived} onChecked={setArrivals} />
          )}
          {refused && hasErrors && (
            <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
              {t('publish.errors.fixBefore')}
            </p>
          )}
          {step === 'image' && <StepImage images={images} groups={groups} />}
          {step === 'version' && <StepVersion existingVersions={existingVersions} />}
          {step === 'listing' && <StepListing vocabulary={vocabulary} />}
          {step === 'cover' && <StepCover />}
          {step === 'readme' && <StepReadme />}
          {step === 'review' && (
            <StepReview onEdit={go} group={group} live={live} author={author} />
          )}
          {conflict && (
            <DraftConflict
              conflict={conflict}
              onKeep={() => go(keepThis())}
              onTake={() => go(takeOther())}
              onLeave={onDiscard}
            />
          )}
          <WizardActions
            index={index}
            review={step === 'review'}
            pending={mutation.isPending}
            resend={outcome !== null}
            // After a lost answer, sending again waits for the check to find nothing there.
            canSend={outcome?.kind !== 'uncertain' || arrivals === 0 || arrivals === null}
            saveStatus={saveStatus}
            onBack={() => go(steps[index - 1] ?? 'image')}
            onNext={() => void next()}
            onDiscard={onDiscard}
          />
        </form>
      </div>
    </FormProvider>
  )
}
