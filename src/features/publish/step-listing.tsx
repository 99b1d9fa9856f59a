import { useState } from 'react'
import { useFormContext, type FieldError } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { Input, Textarea } from '@/components/ui/input'
import { Checkbox, Radio } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { errorClass, hintClass } from '@/components/ui/classes'
import { useErrorText } from './error-text'
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
      <p className={hintClass}>{t('publish.listing.tagsHint')}</p>
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-1">
          {tags.map((tag) => (
            <li key={tag}>
              <Button
                variant="chip"
                aria-label={t('publish.listing.removeTag', { tag })}
                onClick={() => set(tags.filter((other) => other !== tag))}
              >
                {tag} <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex max-w-md gap-2">
        <Input
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
        />
        <Button variant="secondary" size="sm" className="shrink-0" onClick={() => add(draft)}>
          {t('publish.listing.addTag')}
        </Button>
      </div>
      {message && (
        <p role="alert" className={errorClass}>
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
                  <Button
                    variant="pill"
                    disabled={tags.length >= publishLimits.tags}
                    onClick={() => add(tag)}
                  >
                    + {tag}
                  </Button>
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
  const errorText = useErrorText()
  const gpuError = errorText(formState.errors.gpus as FieldError | undefined)
  return (
    <div className="flex flex-col gap-6">
      <Field
        label={t('publish.listing.name')}
        hint={t('publish.listing.nameHint')}
        error={errorText(formState.errors.name)}
      >
        {(control) => <Input {...control} readOnly={!isNew} {...register('name')} />}
      </Field>
      <Field
        label={t('publish.listing.description')}
        hint={t('publish.listing.descriptionHint')}
        error={errorText(formState.errors.description)}
      >
        {(control) => <Textarea {...control} rows={3} {...register('description')} />}
      </Field>
      <TagEditor vocabulary={vocabulary} />
      <fieldset aria-describedby={gpuError ? 'gpus-error' : undefined}>
        <legend className="mb-2 font-medium">{t('publish.listing.gpus')}</legend>
        {gpuError && (
          <p id="gpus-error" role="alert" className={`mb-2 ${errorClass}`}>
            {gpuError}
          </p>
        )}
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {gpuSpecs.map((gpu) => (
            <Checkbox
              key={gpu.name}
              label={t('publish.listing.gpu', { name: gpu.label, memory: gpu.memoryGb })}
              value={gpu.name}
              {...register('gpus')}
            />
          ))}
        </div>
      </fieldset>
      {software && <SoftwareFields />}
      <Checkbox label={t('publish.listing.autoStart')} {...register('autoStart')} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t('publish.listing.pricing')}</legend>
        <div className="flex gap-4">
          <Radio
            label={t('publish.listing.free')}
            name="pricing"
            checked={!paid}
            onChange={() => setPaid(false)}
          />
          <Radio
            label={t('publish.listing.paid')}
            name="pricing"
            checked={paid}
            onChange={() => setPaid(true)}
          />
        </div>
        {paid && (
          <Field
            label={t('publish.listing.price')}
            hint={t('publish.listing.priceHint')}
            error={errorText(formState.errors.price)}
          >
            {(control) => (
              <Input {...control} inputMode="decimal" className="max-w-40" {...register('price')} />
            )}
          </Field>
        )}
      </fieldset>
    </div>
  )
}
