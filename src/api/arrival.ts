import { isApiError } from './errors'
/**
 * A failure after which the request may well have been carried out (no answer, a lost or
 * broken one, a 5xx): whoever sent something that costs must check before sending it again.
 */
export function mayHaveArrived(error: unknown): boolean {
  return (
    !isApiError(error) ||
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'parse' ||
    (error.kind === 'http' && (error.status ?? 0) >= 500)
  )
}
