import { defaultRegion, defaultZone } from './location'
import type { ApiClientConfig } from './client'

/**
 * The embedded sandbox's first demo account. These keys only open the local sandbox, which
 * anyone can run; they are published in the README on purpose and are not secrets.
 */
export const sandboxConfig: ApiClientConfig = {
  baseUrl: '/api',
  credentials: { publicKey: 'sandbox-public-key', privateKey: 'sandbox-private-key' },
  region: defaultRegion,
  zone: defaultZone,
}
