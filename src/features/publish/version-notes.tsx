import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { Field, inputClass } from './field'
import type { PublishValues } from './publish-schema'

/** The version's notes (VersionDesc): asked when publishing and when editing. */
export function VersionNotes() {
  const { t } = useTranslation()
  const { register, formState } = useFormContext<PublishValues>()
  return (
    <Field
      label={t('publish.version.notes')}
      hint={t('publish.version.notesHint')}
      error={formState.errors.versionDesc}
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={4}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
          {...register('versionDesc')}
        />
      )}
    </Field>
  )
}
