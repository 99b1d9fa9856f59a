import { useDeferredValue } from 'react'
import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { LazyMarkdown } from '@/components/lazy-markdown'
import { Textarea } from '@/components/ui/input'
import { Field } from '@/components/ui/field'
import { useErrorText } from './error-text'
import { publishLimits } from '@/api/limits'
import type { PublishValues } from './publish-schema'
import { cardClass } from '@/components/ui/classes'

export function StepReadme() {
  const { t } = useTranslation()
  const { register, watch, formState } = useFormContext<PublishValues>()
  const errorText = useErrorText()
  const readme = watch('readme')
  const preview = useDeferredValue(readme)
  const bytes = new TextEncoder().encode(readme).length
  const over = bytes > publishLimits.readmeBytes
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field
        label={t('publish.readme.label')}
        hint={t('publish.readme.hint')}
        error={errorText(formState.errors.readme)}
      >
        {(control) => (
          <>
            <Textarea
              {...control}
              rows={20}
              spellCheck={false}
              className="font-mono text-sm"
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
      <section aria-labelledby="readme-preview" className={`${cardClass} p-4`}>
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
