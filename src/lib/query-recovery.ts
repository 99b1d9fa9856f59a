import type { QueryState } from '@tanstack/react-query'
import { isTransientError } from '@/api/errors'

/** How often a read whose first load failed asks again by itself. */
export const recoveryIntervalMs = 5_000

/**
 * `refetchInterval` for reads (the QueryClient default): while a first load has failed for a
 * reason that may pass (no answer, a timeout, a 5xx), ask again every few seconds, so an error
 * state clears by itself once the service is back. Not while data is shown (a failed refresh
 * there would toast each time) and never after a RetCode (docs/decisions/0012).
 */
export function recoveryInterval(query: {
  state: Pick<QueryState<unknown, unknown>, 'status' | 'data' | 'error'>
}): number | false {
  const { status, data, error } = query.state
  return status === 'error' && data === undefined && isTransientError(error)
    ? recoveryIntervalMs
    : false
}
