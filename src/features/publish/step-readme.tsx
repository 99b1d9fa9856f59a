import { useDeferredValue } from 'react'
import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { LazyMarkdown } from '@/components/lazy-markdown'
import { Field, inputClass } from './field'
import { publishLimits } from '@/api/limits'
import type { PublishValues } from './publish-schema'

export function StepReadme() {
  const { t } = useTranslation()
  const { register, watch, formState } = useFormContext<PublishValues>()
  const readme = watch('readme')
  const preview = useDeferredValue(readme)
  const bytes = new TextEncoder().encode(readme).length
  const over = bytes > publishLimits.readmeBytes
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field
        label={t('publish.readme.label')}
        hint={t('publish.readme.hint')}
        error={formState.errors.readme}
      >
        {({ id, describedBy, invalid }) => (
          <>
            <textarea
              id={id}
              rows={20}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              spellCheck={false}
              className={`${inputClass} font-mono text-sm`}
              {...register('readme')}
            />
            <p
              aria-live="polite"
              className={`text-end text-xs ${over ? 'font-semibold text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}
            >
              {t('publish.readme.size', {
                used: `${(bytes / 1024).toFixed(1)} KB`,
                limit: '64 KB',
              })}
            </p>
          </>
        )}
      </Field>
      <section
        aria-labelledby="readme-preview"
        className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      >
        <h3 id="readme-preview" className="font-medium">
          {t('publish.readme.preview')}
        </h3>
        {preview.trim() ? (
          <LazyMarkdown source={preview} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">{t('publish.readme.empty')}</p>
        )}
      </section>
    </div>
  )
}
