import type { ApiClient } from './client'

/**
 * Answers already on their way for a request the app is about to send: the first page's,
 * which src/app/first-request.ts sends from the head before the app has started. Sending the
 * same request again would ask twice; instead the first to ask takes the answer, once. One at a
 * time, so nothing accumulates.
 */
const early = new Map<string, Promise<unknown>>()

export function earlyKey(client: ApiClient, action: string, request: unknown): string {
  return `${client.accountId}\n${action}\n${JSON.stringify(request)}`
}

export function offerEarly(key: string, answer: Promise<unknown>): void {
  early.clear()
  early.set(key, answer)
}

export function takeEarly<T>(key: string): Promise<T> | undefined {
  const answer = early.get(key) as Promise<T> | undefined
  early.delete(key)
  return answer
}
