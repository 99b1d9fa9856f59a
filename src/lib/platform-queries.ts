import { queryOptions } from '@tanstack/react-query'
import { describeSoftwarePorts } from '@/api/actions/describe-software-ports'
import { describeSupportZones } from '@/api/actions/describe-support-zones'
import type { ApiClient } from '@/api/client'

// What the platform offers rather than what is in the marketplace: asked only by Settings and
// the publish wizard, so a module of its own keeps it out of the first page's JavaScript.

export const platformQueries = {
  /** Keyed by the account's non-secret id: Settings asks with keys that are not saved yet. */
  zones: (client: ApiClient, region: string) =>
    queryOptions({
      queryKey: ['support-zones', client.accountId, region] as const,
      queryFn: ({ signal }) => describeSupportZones(client, region, { signal }),
      staleTime: 60 * 60_000,
    }),
  /** The applications a version may declare; the same for every account of a region. */
  softwarePorts: (client: ApiClient) =>
    queryOptions({
      queryKey: ['software-ports'] as const,
      queryFn: ({ signal }) => describeSoftwarePorts(client, { signal }),
      staleTime: 60 * 60_000,
    }),
}
