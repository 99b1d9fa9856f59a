import type { QueryClient } from '@tanstack/react-query'
import type { Instance } from '@/api/actions/instances'
import type { ApiClient } from '@/api/client'
import { instanceQueries } from '@/lib/instance-queries'

/** Slack for a service clock behind this one, seconds; used only without a list from before. */
const clockSlack = 300

/** The account's instances now (a fresh list), or undefined when it cannot be had. */
export function knownInstances(queryClient: QueryClient, client: ApiClient) {
  return queryClient
    .fetchQuery({ ...instanceQueries.mine(client), staleTime: 2_000 })
    .catch(() => undefined)
}

/**
 * After a create whose answer was lost: the instance it made, if any. An instance of `imageId`
 * that was not in the list taken just before the click (`known`); without that list, one created
 * since the click by this device's clock. Resolves to its id, null when there is none,
 * undefined when the list itself cannot be had.
 */
export async function findLaunched(
  queryClient: QueryClient,
  client: ApiClient,
  imageId: string,
  { known, since }: { known: Instance[] | undefined; since: number },
): Promise<string | null | undefined> {
  const before = new Set(known?.map((instance) => instance.id))
  try {
    const now = await queryClient.fetchQuery({ ...instanceQueries.mine(client), staleTime: 0 })
    const made = now.find(
      (instance) =>
        instance.imageId === imageId &&
        (known ? !before.has(instance.id) : instance.createTime >= since - clockSlack),
    )
    return made?.id ?? null
  } catch {
    return undefined
  }
}
