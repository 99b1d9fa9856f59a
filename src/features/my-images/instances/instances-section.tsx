import { useQuery } from '@tanstack/react-query'
import { ErrorState } from '@/components/error-state'
import { RunTranslation, useRunTranslation } from '@/i18n/use-run-translation'
import { useApiClient } from '@/lib/api-client-context'
import { useConnection } from '@/lib/connection-context'
import { instanceQueries } from '@/lib/instance-queries'
import { Empty, Loading, Section } from '../section'
import { InstanceCard } from './instance-card'
import { useNow } from './use-now'

/** The account's instances: state, cost so far, its applications, stop, start and delete. */
export function InstancesSection() {
  return (
    <RunTranslation>
      <Instances />
    </RunTranslation>
  )
}

function Instances() {
  const { r } = useRunTranslation()
  const connection = useConnection()
  const query = useQuery(instanceQueries.mine(useApiClient()))
  const now = useNow(15_000)
  const title = r('instances.title')
  const aside = (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {r('instances.intro', { region: connection.region })}
    </p>
  )

  const body = () => {
    if (query.isPending) return <Loading text={r('instances.loading')} />
    if (query.isError) {
      return (
        <ErrorState
          title={r('instances.failed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )
    }
    if (query.data.length === 0) {
      return (
        <Empty>
          <p>{r('instances.empty')}</p>
        </Empty>
      )
    }
    return (
      <ul className="grid gap-3 md:grid-cols-2">
        {query.data.map((instance) => (
          <li key={instance.id} className="min-w-0">
            <InstanceCard instance={instance} now={now} />
          </li>
        ))}
      </ul>
    )
  }

  return (
    <Section id="instances" title={title} aside={aside}>
      {body()}
    </Section>
  )
}
