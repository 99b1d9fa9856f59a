import type * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { list, normalize, num, shaped, str } from '../normalize'

const action = 'DescribeCompShareSoftwarePort'

const port = shaped({ Software: str, Port: num() }, (p) => ({ software: p.Software, port: p.Port }))
const answer = shaped({ SoftwarePort: list(port) }, (a) =>
  a.SoftwarePort.filter((p) => p.software.trim() !== ''),
)

export type SoftwarePort = z.output<typeof port>

/** The applications an image can declare when it is published, with the port each opens. */
export async function describeSoftwarePorts(
  client: ApiClient,
  options?: CallOptions,
): Promise<SoftwarePort[]> {
  const raw = await client.call(action, {}, options)
  return normalize(answer, raw, action)
}
