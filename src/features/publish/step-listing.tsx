import { useState } from 'react'
import { useFormContext, type FieldError } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { Field, inputClass, useErrorText } from './field'
import { gpuSpecs } from '@/api/gpu-types'
import { hasVisibleText, publishLimits } from '@/api/limits'
import type { PublishValues } from './publish-schema'
import { SoftwareFields } from './software-fields'

function TagEditor({ vocabulary }: { vocabulary: string[] }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const { watch, setValue, formState } = useFormContext<PublishValues>()
  const tags = watch('tags')
  const [draft, setDraft] = useState('')
  const [duplicate, setDuplicate] = useState(false)
  const set = (next: string[]) =>
    setValue('tags', next, { shouldValidate: true, shouldDirty: true })
  const add = (tag: string) => {
    const clean = tag.trim()
    if (!hasVisibleText(clean)) return
    if (tags.includes(clean)) return setDuplicate(true)
    set([...tags, clean])
    setDraft('')
    setDuplicate(false)
  }
  // The list's own error (too many) or the first tag's (too long).
  const tagErrors = formState.errors.tags as (FieldError & (FieldError | undefined)[]) | undefined
  const message = duplicate
    ? t('publish.errors.duplicateTag')
    : (errorText(tagErrors?.message ? tagErrors : undefined) ??
      errorText(Array.isArray(tagErrors) ? tagErrors.find(Boolean) : undefined))
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{t('publish.listing.tags')}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('publish.listing.tagsHint')}</p>
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-1">
          {tags.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                aria-label={t('publish.listing.removeTag', { tag })}
                onClick={() => set(tags.filter((other) => other !== tag))}
                className="rounded-full bg-indigo-100 px-2.5 py-1 text-sm text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100"
              >
                {tag} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex max-w-md gap-2">
        <input
          aria-label={t('publish.listing.tagInput')}
          value={draft}
          maxLength={publishLimits.tagChars + 10}
          disabled={tags.length >= publishLimits.tags}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            add(draft)
          }}
          className={inputClass}
        />
        <button
          type="button"
          onClick={() => add(draft)}
          className="rounded-md border border-slate-300 px-3 dark:border-slate-600"
        >
          {t('publish.listing.addTag')}
        </button>
      </div>
      {message && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      {vocabulary.length > 0 && (
        <div className="text-sm">
          <p className="mb-1 text-slate-600 dark:text-slate-400">
            {t('publish.listing.suggestedTags')}
          </p>
          <ul className="flex flex-wrap gap-1">
            {vocabulary
              .filter((tag) => !tags.includes(tag))
              .slice(0, 20)
              .map((tag) => (
                <li key={tag}>
                  <button
                    type="button"
                    disabled={tags.length >= publishLimits.tags}
                    onClick={() => add(tag)}
                    className="rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    + {tag}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
    </fieldset>
  )
}

/**
 * The listing's fields. An edit leaves out the applications: UpdateCompShareImage has no
 * Softwares in the official CLI (ADR 0018).
 */
export function StepListing({
  vocabulary,
  software = true,
}: {
  vocabulary: string[]
  software?: boolean
}) {
  const { t } = useTranslation()
  const { register, watch, setValue, formState } = useFormContext<PublishValues>()
  const paid = watch('paid')
  const setPaid = (value: boolean) =>
    setValue('paid', value, { shouldDirty: true, shouldValidate: true })
  const isNew = watch('target') === 'new'
  const gpuError = useErrorText()(formState.errors.gpus as FieldError | undefined)
  return (
    <div className="flex flex-col gap-6">
      <Field
        label={t('publish.listing.name')}
        hint={t('publish.listing.nameHint')}
        error={formState.errors.name}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            readOnly={!isNew}
            className={inputClass}
            {...register('name')}
          />
        )}
      </Field>
      <Field
        label={t('publish.listing.description')}
        hint={t('publish.listing.descriptionHint')}
        error={formState.errors.description}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={3}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
            {...register('description')}
          />
        )}
      </Field>
      <TagEditor vocabulary={vocabulary} />
      <fieldset aria-describedby={gpuError ? 'gpus-error' : undefined}>
        <legend className="mb-2 font-medium">{t('publish.listing.gpus')}</legend>
        {gpuError && (
          <p
            id="gpus-error"
            role="alert"
            className="mb-2 text-sm font-medium text-red-700 dark:text-red-400"
          >
            {gpuError}
          </p>
        )}
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {gpuSpecs.map((gpu) => (
            <label key={gpu.name} className="flex items-center gap-2">
              <input type="checkbox" value={gpu.name} {...register('gpus')} />
              {t('publish.listing.gpu', { name: gpu.label, memory: gpu.memoryGb })}
            </label>
          ))}
        </div>
      </fieldset>
      {software && <SoftwareFields />}
      <label className="flex items-center gap-2">
        <input type="checkbox" {...register('autoStart')} />
        {t('publish.listing.autoStart')}
      </label>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t('publish.listing.pricing')}</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="pricing" checked={!paid} onChange={() => setPaid(false)} />
            {t('publish.listing.free')}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="pricing" checked={paid} onChange={() => setPaid(true)} />
            {t('publish.listing.paid')}
          </label>
        </div>
        {paid && (
          <Field
            label={t('publish.listing.price')}
            hint={t('publish.listing.priceHint')}
            error={formState.errors.price}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                inputMode="decimal"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className={`${inputClass} max-w-40`}
                {...register('price')}
              />
            )}
          </Field>
        )}
      </fieldset>
    </div>
  )
}
