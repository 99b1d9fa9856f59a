import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { Textarea } from '@/components/ui/input'
import { Field } from '@/components/ui/field'
import { useErrorText } from './error-text'
import type { PublishValues } from './publish-schema'

/** The version's notes (VersionDesc): asked when publishing and when editing. */
export function VersionNotes() {
  const { t } = useTranslation()
  const { register, formState } = useFormContext<PublishValues>()
  const errorText = useErrorText()
  return (
    <Field
      label={t('publish.version.notes')}
      hint={t('publish.version.notesHint')}
      error={errorText(formState.errors.versionDesc)}
    >
      {(control) => <Textarea {...control} rows={4} {...register('versionDesc')} />}
    </Field>
  )
}
