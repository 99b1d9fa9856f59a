import { useQuery } from '@tanstack/react-query'
import { useFormContext } from 'react-hook-form'
import { ErrorState } from '@/components/error-state'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { platformQueries } from '@/lib/platform-queries'
import { Input } from '@/components/ui/input'
import { Checkbox } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { useErrorText } from './error-text'
import type { PublishValues } from './publish-schema'

/**
 * What runs in the image (PublishCompShareImage `Softwares`): the applications, from the
 * service's own list with their ports, and the CUDA and framework versions people look for.
 */
export function SoftwareFields() {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const { register, watch, formState } = useFormContext<PublishValues>()
  const ports = useQuery(platformQueries.softwarePorts(useApiClient()))
  const chosen = watch('applications')
  const offered = new Set(ports.data?.map((p) => p.software))
  // An application a previous version declared that the list no longer has, so it can be unticked.
  const strays = ports.data ? chosen.filter((name) => !offered.has(name)) : []
  const appsError = errorText(formState.errors.applications as never)

  return (
    <div className="flex flex-col gap-4">
      <fieldset aria-describedby="applications-hint">
        <legend className="mb-1 font-medium">{t('publish.software.applications')}</legend>
        <p id="applications-hint" className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          {t('publish.software.applicationsHint')}
        </p>
        {ports.isPending && <p role="status">{t('publish.software.loading')}</p>}
        {ports.isError && (
          <ErrorState
            title={t('publish.software.errorTitle')}
            error={ports.error}
            onRetry={() => void ports.refetch()}
          />
        )}
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {ports.data?.map((port) => (
            <Checkbox
              key={port.software}
              label={t('publish.software.application', { name: port.software, port: port.port })}
              value={port.software}
              {...register('applications')}
            />
          ))}
          {strays.map((name) => (
            <Checkbox
              key={name}
              label={t('publish.software.notOffered', { name })}
              value={name}
              {...register('applications')}
            />
          ))}
        </div>
        {appsError && (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {appsError}
          </p>
        )}
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {(['cudaVersion', 'framework', 'frameworkVersion'] as const).map((name) => (
          <Field
            key={name}
            label={t(`publish.software.${name}`)}
            hint={t(`publish.software.${name}Hint`)}
            error={errorText(formState.errors[name])}
          >
            {(control) => <Input {...control} autoComplete="off" {...register(name)} />}
          </Field>
        ))}
      </div>
    </div>
  )
}
