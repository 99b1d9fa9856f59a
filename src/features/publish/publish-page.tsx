import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { publishQueries } from './publish-data'
import { useTranslation } from '@/i18n/use-translation'
import { useSearchParams } from 'react-router'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { ErrorState } from '@/components/error-state'
import { PageHeader } from '@/components/page-header'
import { useApiClient } from '@/lib/api-client-context'
import { clearDraft, loadDraft, type Draft } from './draft-store'
import { emptyValues } from './publish-schema'
import { PublishWizard } from './publish-wizard'
import { prefillFromGroup } from './step-image'

/** `?image=` and `?group=` (from /my or a group page) choose what the wizard starts with. */
function startingDraft(
  saved: Draft | null,
  params: URLSearchParams,
  groups: CommunityImageGroup[],
): Draft {
  const draft = saved ?? { step: 'image' as const, savedAt: 0, values: emptyValues }
  const image = params.get('image')
  const group = groups.find((g) => g.groupId === params.get('group'))
  let values = image ? { ...draft.values, imageId: image } : draft.values
  if (group && values.groupId !== group.groupId) {
    values = { ...values, target: 'existing', groupId: group.groupId, versionName: '' }
    values = { ...values, ...prefillFromGroup(group, values) }
  }
  return { ...draft, values }
}

export function PublishPage() {
  const { t, i18n } = useTranslation()
  const client = useApiClient()
  const [params] = useSearchParams()
  const queries = publishQueries(client)
  const images = useQuery(queries.images)
  const groups = useQuery(queries.groups)
  const tags = useQuery(queries.tags)
  const [saved, setSaved] = useState(() => loadDraft(client.accountId))
  const [session, setSession] = useState(0)
  // The "draft restored" notice is about the form: it goes once the draft is published.
  const [restoredNotice, setRestoredNotice] = useState(true)

  const discard = () => {
    clearDraft(client.accountId)
    setSaved(null)
    setSession((n) => n + 1)
  }

  // Only a first load that failed replaces the wizard; a failed background refetch keeps it
  // (the QueryCache toasts it), so the open form is never unmounted under the user.
  const failed = (!images.data && images.error) || (!groups.data && groups.error)
  return (
    <>
      <PageHeader title={t('pages.publish.title')}>
        <p>{t('pages.publish.intro')}</p>
      </PageHeader>
      {saved && session === 0 && restoredNotice && (
        <p
          role="status"
          className="mb-4 rounded-md bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950/50 dark:text-sky-100"
        >
          {t('publish.draftRestored', {
            time: new Date(saved.savedAt).toLocaleString(i18n.language),
          })}
        </p>
      )}
      {failed ? (
        <ErrorState
          title={t('publish.image.errorTitle')}
          error={failed}
          onRetry={() => {
            void images.refetch()
            void groups.refetch()
          }}
        />
      ) : !images.data || !groups.data ? (
        <p role="status">{t('publish.image.loading')}</p>
      ) : (
        <PublishWizard
          key={session}
          initial={
            session === 0
              ? startingDraft(saved, params, groups.data.groups)
              : startingDraft(null, new URLSearchParams(), [])
          }
          images={images.data.images}
          groups={groups.data.groups}
          vocabulary={tags.data?.tags ?? []}
          onDiscard={discard}
          onPublished={() => setRestoredNotice(false)}
        />
      )}
    </>
  )
}
