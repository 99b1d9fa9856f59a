import { createApiClient } from '@/api/client'

/**
 * A client over a fetch that answers `{ RetCode: 0, ...answer }` (a RetCode in `answer` wins)
 * and keeps the encoded form fields each call posted.
 */
export function clientAnswering(answer: Record<string, unknown> = {}) {
  const sent: Record<string, string>[] = []
  const client = createApiClient({
    baseUrl: 'https://api.example.invalid/',
    credentials: { publicKey: 'pk-test', privateKey: 'sk-test' },
    region: 'cn-wlcb',
    zone: 'cn-wlcb-01',
    fetch: (_url, init) => {
      sent.push(Object.fromEntries(init?.body as URLSearchParams))
      return Promise.resolve(Response.json({ RetCode: 0, ...answer }))
    },
  })
  return { client, sent }
}
