import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { publishQueries } from '../publish-data'
import { ErrorState } from '@/components/error-state'
import { NotFound } from '@/components/not-found'
import { PageHeader } from '@/components/page-header'
import { StatusBadge } from '@/components/status-badge'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { EditForm } from './edit-form'
import { VisibilityControl } from '@/components/visibility-control'

const link = 'font-medium text-indigo-700 underline dark:text-indigo-300'

/** /my/versions/:imageId/edit: one of the account's published versions, to edit or hide. */
export function EditPage() {
  const { t } = useTranslation()
  const client = useApiClient()
  const { imageId = '' } = useParams()
  // The wizard's own list of the account's groups (the service's largest page).
  const queries = publishQueries(client)
  const groups = useQuery(queries.groups)
  const tags = useQuery(queries.tags)
  const [saved, setSaved] = useState<{ backToReview: boolean } | null>(null)

  if (groups.isPending) return <p role="status">{t('edit.loading')}</p>
  if (groups.isLoadingError) {
    return (
      <ErrorState
        title={t('edit.errorTitle')}
        error={groups.error}
        onRetry={() => void groups.refetch()}
      />
    )
  }
  const group = groups.data.groups.find((g) => g.versions.some((v) => v.imageId === imageId))
  const version = group?.versions.find((v) => v.imageId === imageId)
  if (!group || !version) {
    return <NotFound title={t('edit.notFoundTitle')} body={t('edit.notFoundBody')} />
  }
  const listed = group.versions.some((v) => v.status !== 'Reviewing' && v.visibility !== 0)
  return (
    <>
      <PageHeader title={t('edit.title', { name: group.name, version: version.versionName })}>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={version.status} />
          <VisibilityControl group={group} version={version} />
          <Link to="/my" className={link}>
            {t('nav.my')}
          </Link>
          {listed && (
            <Link to={`/images/${encodeURIComponent(group.groupId)}`} className={link}>
              {t('edit.toGroup')}
            </Link>
          )}
        </div>
      </PageHeader>
      {saved && (
        <p
          role="status"
          className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/40"
        >
          {saved.backToReview
            ? t('edit.savedReview', { version: version.versionName })
            : t('edit.saved', { version: version.versionName })}
        </p>
      )}
      <EditForm
        key={`${version.imageId} ${version.updateTime}`}
        group={group}
        version={version}
        vocabulary={tags.data?.tags ?? []}
        onSaved={(backToReview) => setSaved({ backToReview })}
      />
    </>
  )
}
