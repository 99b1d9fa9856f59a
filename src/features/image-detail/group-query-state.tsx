import type { UseQueryResult } from '@tanstack/react-query'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { ErrorState } from '@/components/error-state'
import { NotFound } from '@/components/not-found'
import type { TFunction } from '@/i18n/i18n'

/**
 * What a page about one group shows before it has the group: loading, a first load that failed
 * (a failed refresh keeps the page), or no such group. Null once the group is there.
 */
export function groupQueryState(
  query: UseQueryResult<CommunityImageGroup | null>,
  groupId: string,
  text: { loading: string; errorTitle: string },
  t: TFunction,
) {
  if (query.isPending) return <p role="status">{text.loading}</p>
  if (query.isError && query.data === undefined)
    return (
      <ErrorState
        title={text.errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    )
  if (!query.data)
    return (
      <NotFound title={t('detail.notFoundTitle')} body={t('detail.notFoundBody', { groupId })} />
    )
  return null
}
