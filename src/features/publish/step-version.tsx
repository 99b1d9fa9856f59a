import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { highestVersion, suggestNextVersions } from '@/lib/version'
import { VersionNotes } from './version-notes'
import { Input } from '@/components/ui/input'
import { Field } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { useErrorText } from './error-text'
import type { PublishValues } from './publish-schema'

export function StepVersion({ existingVersions }: { existingVersions: readonly string[] }) {
  const { t } = useTranslation()
  const { register, setValue, formState } = useFormContext<PublishValues>()
  const errorText = useErrorText()
  const highest = highestVersion(existingVersions)
  return (
    <div className="flex flex-col gap-6">
      <Field
        label={t('publish.version.name')}
        hint={t('publish.version.nameHint')}
        error={errorText(formState.errors.versionName)}
      >
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            spellCheck={false}
            className="max-w-xs font-mono"
            {...register('versionName')}
          />
        )}
      </Field>
      <div className="-mt-3 flex flex-col gap-2 text-sm">
        {highest && <p>{t('publish.version.current', { version: highest })}</p>}
        <p className="font-medium">{t('publish.version.suggestions')}</p>
        <ul className="flex flex-wrap gap-2">
          {suggestNextVersions(highest).map((version) => (
            <li key={version}>
              <Button
                variant="pill"
                className="font-mono"
                aria-label={t('publish.version.use', { version })}
                onClick={() =>
                  setValue('versionName', version, { shouldValidate: true, shouldDirty: true })
                }
              >
                {version}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <VersionNotes />
    </div>
  )
}
