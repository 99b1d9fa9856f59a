import type { IncomingHttpHeaders } from 'node:http'

/**
 * The headers /compshare-api passes on, in each direction (README, "Deploying behind a reverse
 * proxy", has the same lists for nginx; ADR 0010). Everything else is dropped, so a header a
 * browser, an extension or a proxy in front adds later never reaches the service, and nothing
 * the service or its CDN adds later lands on the app's origin.
 */

/**
 * To the service: a signed form post needs its type and length. `Accept` and `Accept-Encoding`
 * only say what answer the client can take (nothing about the person) and let the service
 * compress it. `Host` is the upstream's own (`changeOrigin`), `Connection` is http-proxy's.
 */
export const forwardedRequestHeaders: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'accept',
  'accept-encoding',
])

/**
 * To the browser: the answer's type, length and encoding (the body passes through as the
 * service encoded it), and the request id, which the app shows with an error. `Date` and
 * `Connection` are this server's own.
 */
export const returnedResponseHeaders: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'x-ucloud-request-uuid',
])

/** Removes every header not in `allowed` from Node's header object (names are lower case). */
export function keepOnly(headers: IncomingHttpHeaders, allowed: ReadonlySet<string>): void {
  for (const name of Object.keys(headers)) {
    if (!allowed.has(name.toLowerCase())) delete headers[name]
  }
}
