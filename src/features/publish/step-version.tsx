import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { highestVersion, suggestNextVersions } from '@/lib/version'
import { VersionNotes } from './version-notes'
import { Field, inputClass } from './field'
import type { PublishValues } from './publish-schema'

export function StepVersion({ existingVersions }: { existingVersions: readonly string[] }) {
  const { t } = useTranslation()
  const { register, setValue, formState } = useFormContext<PublishValues>()
  const highest = highestVersion(existingVersions)
  return (
    <div className="flex flex-col gap-6">
      <Field
        label={t('publish.version.name')}
        hint={t('publish.version.nameHint')}
        error={formState.errors.versionName}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} max-w-xs font-mono`}
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
              <button
                type="button"
                aria-label={t('publish.version.use', { version })}
                onClick={() =>
                  setValue('versionName', version, { shouldValidate: true, shouldDirty: true })
                }
                className="rounded-full border border-slate-300 px-3 py-1 font-mono hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {version}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <VersionNotes />
    </div>
  )
}
