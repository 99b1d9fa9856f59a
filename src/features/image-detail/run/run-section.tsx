import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { ErrorState } from '@/components/error-state'
import { useRunTranslation } from '@/i18n/run-context'
import { useApiClient } from '@/lib/api-client-context'
import { canCallApi } from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'
import { instanceQueries } from '@/lib/instance-queries'
import { gpuFits } from '@/lib/launch-plan'
import { GpuTable } from './gpu-table'
import { lazy, Suspense } from 'react'
import { InstanceError } from '@/components/instance-error'

// The dialog is fetched on the first Launch. It must reach no module that loads catalogues (it
// translates through src/i18n/run-context.ts and is handed its error view), or rolldown splits
// the app's translator out of the entry onto every first visit (ADR 0027).
const LaunchDialog = lazy(() => import('./launch-dialog'))

/**
 * What running `version` takes in the connection's zone: each supported GPU with its memory,
 * stock and all-in hourly price, and a launch from any of them.
 */
export default function RunSection({
  group,
  version,
}: {
  group: CommunityImageGroup
  version: CommunityImageVersion
}) {
  const { r } = useRunTranslation()
  const connection = useConnection()
  const client = useApiClient()
  const allowed = canCallApi(connection)
  const types = useQuery({ ...instanceQueries.types(client), enabled: allowed })
  const [launching, setLaunching] = useState<string | null>(null)

  const body = () => {
    if (!allowed) return <p>{r('run.keysNeeded')}</p>
    if (version.supportedGpuTypes.length === 0) return <p>{r('run.noGpus')}</p>
    if (types.isPending) return <p role="status">{r('run.loading')}</p>
    if (types.isError) {
      return (
        <ErrorState
          title={r('run.failed')}
          error={types.error}
          onRetry={() => void types.refetch()}
        />
      )
    }
    const fits = gpuFits(version.supportedGpuTypes, types.data, version.sizeMb)
    return (
      <GpuTable
        fits={fits}
        version={version}
        launchable={version.status === 'Available'}
        onLaunch={setLaunching}
      />
    )
  }

  return (
    <section aria-labelledby="run-title" className="flex min-w-0 flex-col gap-2">
      <h2 id="run-title" className="text-lg font-semibold">
        {r('run.title')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {r('run.intro', { version: version.versionName, zone: connection.zone })}
        {connection.mode === 'sandbox' && <span className="block">{r('run.demo')}</span>}
      </p>
      {version.status !== 'Available' && <p className="text-sm">{r('run.notOnline')}</p>}
      {body()}
      {launching !== null && types.data && (
        <Suspense fallback={null}>
          <LaunchDialog
            renderError={(error) => <InstanceError error={error} />}
            group={group}
            version={version}
            types={types.data}
            gpuType={launching}
            onClose={() => setLaunching(null)}
          />
        </Suspense>
      )}
    </section>
  )
}
