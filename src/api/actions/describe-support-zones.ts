import type * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { list, normalize, shaped, str } from '../normalize'

const action = 'DescribeCompShareSupportZone'

const zone = shaped({ Region: str, Zone: str, Describe: str }, (z) => ({
  region: z.Region,
  zone: z.Zone,
  /** The zone's display name (`华北二A`); may be empty. */
  name: z.Describe,
}))
const answer = shaped({ ZoneInfo: list(zone) }, (a) => a.ZoneInfo.filter((z) => z.zone !== ''))

export type SupportZone = z.output<typeof zone>

/**
 * The zones of `region`. The service may answer every region's zones (its documentation's
 * example does), so they are filtered here.
 */
export async function describeSupportZones(
  client: ApiClient,
  region: string,
  options?: CallOptions,
): Promise<SupportZone[]> {
  const raw = await client.call(action, {}, options)
  return normalize(answer, raw, action).filter((z) => z.region === region)
}
