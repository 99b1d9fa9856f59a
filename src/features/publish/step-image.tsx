import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { isPublishable, type CustomImage } from '@/api/actions/describe-custom-images'
import { useLanguage } from '@/components/use-language'
import { unpublishableText } from '@/components/unpublishable'
import { formatDate, formatSize } from '@/lib/format'
import { currentVersion } from '@/lib/group'
import { Select } from '@/components/ui/select'
import { Radio } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { useErrorText } from './error-text'
import type { PublishValues } from './publish-schema'
import { listingOf } from './version-changes'
import { checkClass, errorClass } from '@/components/ui/classes'

/**
 * Fills the listing from the group's current version, where the user has not typed yet: every
 * field the service keeps per version, price and auto-start included, so a paid image's next
 * version is not sent as free. The cover is not filled: a version sent without one keeps it.
 */
export function prefillFromGroup(
  group: CommunityImageGroup,
  values: PublishValues,
): Partial<PublishValues> {
  const version = currentVersion(group)
  if (!version) return { name: group.name, description: values.description || group.description }
  const live = listingOf(version, group.name)
  const pick = <K extends keyof typeof live>(key: K, typed: boolean) =>
    typed ? values[key] : live[key]
  return {
    name: group.name,
    description: values.description || live.description || group.description,
    tags: pick('tags', values.tags.length > 0),
    gpus: pick('gpus', values.gpus.length > 0),
    applications: pick('applications', values.applications.length > 0),
    cudaVersion: pick('cudaVersion', values.cudaVersion !== ''),
    framework: pick('framework', values.framework !== ''),
    frameworkVersion: pick('frameworkVersion', values.frameworkVersion !== ''),
    autoStart: values.autoStart || live.autoStart,
    paid: pick('paid', values.paid || values.price !== ''),
    price: pick('price', values.paid || values.price !== ''),
    readme: pick('readme', values.readme !== ''),
  }
}

export function StepImage({
  images,
  groups,
}: {
  images: CustomImage[]
  groups: CommunityImageGroup[]
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const errorText = useErrorText()
  const { register, watch, setValue, getValues, formState } = useFormContext<PublishValues>()
  const target = watch('target')

  return (
    <div className="flex flex-col gap-6">
      <fieldset
        aria-describedby={formState.errors.imageId ? 'image-error' : undefined}
        data-invalid={formState.errors.imageId ? true : undefined}
      >
        <legend className="mb-2 font-medium">{t('publish.image.legend')}</legend>
        {/* Above the list: with many images, a message below it would be out of sight. */}
        {formState.errors.imageId && (
          <p id="image-error" role="alert" className={`mb-2 ${errorClass}`}>
            {errorText(formState.errors.imageId)}
          </p>
        )}
        {images.length === 0 && (
          <p className="text-slate-600 dark:text-slate-400">{t('publish.image.none')}</p>
        )}
        <ul className="flex flex-col gap-2">
          {images.map((image) => {
            const allowed = isPublishable(image)
            const reason = image.unpublishable && unpublishableText(image, t)
            return (
              <li key={image.imageId}>
                <label
                  className={`flex items-start gap-3 rounded-md border p-3 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:has-[:checked]:bg-indigo-950/40 ${
                    allowed
                      ? 'cursor-pointer border-slate-200 dark:border-slate-700'
                      : 'border-dashed border-slate-300 opacity-70 dark:border-slate-700'
                  }`}
                >
                  <input
                    type="radio"
                    value={image.imageId}
                    disabled={!allowed}
                    className={`mt-1 ${checkClass}`}
                    {...register('imageId')}
                  />
                  <span className="flex flex-col">
                    <span className="font-medium">{image.name}</span>
                    <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                      {image.imageId}
                    </span>
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      {t('publish.image.size', {
                        size: formatSize(image.sizeMb, language),
                        date: formatDate(image.createTime, language),
                      })}
                    </span>
                    {!allowed && (
                      <span className="text-sm text-amber-800 dark:text-amber-300">{reason}</span>
                    )}
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-medium">{t('publish.image.target')}</legend>
        <Radio label={t('publish.image.targetNew')} value="new" {...register('target')} />
        <Radio
          label={t('publish.image.targetExisting')}
          value="existing"
          disabled={groups.length === 0}
          {...register('target')}
        />
        {groups.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('publish.image.noGroups')}
          </p>
        )}
      </fieldset>

      {target === 'existing' && (
        <Field label={t('publish.image.group')} error={errorText(formState.errors.groupId)}>
          {(control) => (
            <Select
              {...control}
              {...register('groupId', {
                onChange: (event: { target: { value: string } }) => {
                  const group = groups.find((g) => g.groupId === event.target.value)
                  if (!group) return
                  for (const [key, value] of Object.entries(prefillFromGroup(group, getValues()))) {
                    setValue(key as keyof PublishValues, value as never, { shouldDirty: true })
                  }
                },
              })}
            >
              <option value="">{t('publish.image.groupPlaceholder')}</option>
              {groups.map((group) => (
                <option key={group.groupId} value={group.groupId}>
                  {group.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
    </div>
  )
}
