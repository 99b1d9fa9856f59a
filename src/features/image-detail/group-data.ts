import { groupRequest } from '@/api/actions/describe-community-images'
import type { ApiClient } from '@/api/client'
import { imageQueries } from '@/lib/image-queries'
import { myQueries } from '@/lib/my-queries'
import { startQueries } from '@/lib/route-data'

/**
 * What a group page asks for: the group, and the account's own copy of it (its review status
 * and hidden versions, when the group is the account's; not retried, most groups are not).
 */
export function groupQueries(client: ApiClient, groupId: string) {
  return {
    group: imageQueries.detail(client, groupId),
    own: { ...myQueries.groups(client, groupRequest(groupId)), retry: false },
  }
}

export const loader = startQueries(({ client, params }) =>
  Object.values(groupQueries(client, params.groupId ?? '')),
)

/** The comparison of two versions needs only the group. */
export const compareLoader = startQueries(({ client, params }) => [
  groupQueries(client, params.groupId ?? '').group,
])
