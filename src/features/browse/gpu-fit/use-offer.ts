import { useQuery } from '@tanstack/react-query'
import { useApiClient } from '@/lib/api-client-context'
import { canCallApi } from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'
import { instanceQueries } from '@/lib/instance-queries'

/**
 * What the connection's zone sells of `gpuType`, from the same cached answer a group page reads
 * (DescribeAvailableCompShareInstanceTypes, 30 s). `type` is undefined while unknown and when
 * the zone does not sell it; `sold` tells the two apart.
 */
export function useOffer(gpuType: string) {
  const connection = useConnection()
  const client = useApiClient()
  const allowed = canCallApi(connection)
  const types = useQuery({ ...instanceQueries.types(client), enabled: allowed })
  const type = types.data?.find((candidate) => candidate.gpuType === gpuType)
  const sandbox = connection.mode === 'sandbox'
  return { allowed, types, type, sold: type !== undefined, zone: connection.zone, client, sandbox }
}
