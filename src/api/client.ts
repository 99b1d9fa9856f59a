import { ApiError } from './errors'
import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { regionWideActions } from './location'
import { sandboxConfig } from './config'
import { signRequest, type Credentials } from './signature'

export interface ApiClientConfig {
  /** Where form posts go: the sandbox's `/api`, or the same-origin proxy of the real service. */
  baseUrl: string
  credentials: Credentials
  region?: string | undefined
  /** Sent with every action but the region-wide ones (`regionWideActions`); none when empty. */
  zone?: string | undefined
  timeoutMs?: number | undefined
  fetch?: typeof fetch | undefined
}

export interface CallOptions {
  signal?: AbortSignal | undefined
  /**
   * Must not be carried out twice (a publish, an edit): the request carries
   * `X-Request-Once: <random id>`, new for every call, so the app's own server answers a
   * browser's automatic re-send from the first request instead of passing it on (ADR 0019).
   */
  once?: boolean | undefined
}

export interface ApiClient {
  /**
   * A stable, non-secret name for this endpoint and account (a hash, never the key itself),
   * for keeping per-account things such as drafts apart.
   */
  readonly accountId: string
  /** Signs and posts one action; resolves to the answer's JSON object when RetCode is 0. */
  call(action: string, params: Record<string, unknown>, options?: CallOptions): Promise<RawAnswer>
}

export type RawAnswer = Record<string, unknown>

export const defaultTimeoutMs = 15_000
const requestIdHeader = 'X-UCLOUD-REQUEST-UUID'
export const requestOnceHeader = 'X-Request-Once'
/** The guard's answer to a re-send whose first answer was lost (src/sandbox/http/request-once.ts). */
const replayedLost = 'replayed-lost'

/** 128 random bits as 32 hex digits: `crypto.randomUUID` is missing outside secure contexts. */
export function requestOnceId(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)))
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const { baseUrl, credentials, region, zone, timeoutMs = defaultTimeoutMs } = config
  const doFetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init))

  // Servers sometimes echo what they were sent, in any encoding: no key may reach the screen,
  // whether in an error, the request id or a field of an answer (src/api/scrub.ts). The
  // sandbox's demo keys are published (README), so the sandbox, where a first visit starts,
  // does without the scrubber; for other keys it loads alongside the first request. Until it
  // is in, and should it fail to load, exact copies of the keys are starred.
  const secrets = [credentials.privateKey, credentials.publicKey].filter((key) => key.length >= 4)
  let redact = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('***'), text)
  const published = credentials.privateKey === sandboxConfig.credentials.privateKey
  const scrubbing = published
    ? null
    : import('./scrub').then(
        (module) => void (redact = module.createScrubber(secrets)),
        () => undefined,
      )

  return {
    accountId: bytesToHex(sha1(utf8ToBytes(`${baseUrl}\n${credentials.publicKey}`))).slice(0, 16),
    async call(action, params, options = {}) {
      const body = new URLSearchParams(
        signRequest(
          {
            ...params,
            Action: action,
            Region: region,
            // An instance lives in its own zone, which the caller names; else the connection's.
            Zone: params.Zone ?? ((!regionWideActions.has(action) && zone) || undefined),
          },
          credentials,
        ),
      )
      const timeout = AbortSignal.timeout(timeoutMs)
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
      const fail = (init: Omit<ConstructorParameters<typeof ApiError>[0], 'action'>) =>
        new ApiError({
          ...init,
          action,
          message: redact(init.message),
          requestId: init.requestId && redact(init.requestId),
        })

      const headers: Record<string, string> = {
        'Content-Type': 'application/x-www-form-urlencoded',
      }
      if (options.once) headers[requestOnceHeader] = requestOnceId()

      let response: Response
      try {
        ;[response] = await Promise.all([
          doFetch(resolveUrl(baseUrl), { method: 'POST', headers, body, signal }),
          scrubbing,
        ])
      } catch (error) {
        // The caller's own cancellation is not a failure: let it through as it came.
        if (options.signal?.aborted) throw options.signal.reason
        if (timeout.aborted) {
          throw fail({ kind: 'timeout', message: `timeout ${timeoutMs} ms` })
        }
        throw fail({
          kind: 'network',
          message: error instanceof Error ? error.message : String(error),
        })
      }

      const requestId = response.headers.get(requestIdHeader) ?? undefined
      const text = await readText(response, signal).catch((error: unknown) => {
        if (options.signal?.aborted) throw options.signal.reason
        throw fail({
          kind: timeout.aborted ? 'timeout' : 'network',
          message: error instanceof Error ? error.message : String(error),
          requestId,
        })
      })
      // Every string of the answer, but not for published keys: the first page's answer is on
      // the way to its first paint, and there is nothing of theirs to hide.
      const answer = parseJsonObject(text, published ? undefined : redact)

      if (response.status === 409 && response.headers.get(requestOnceHeader) === replayedLost) {
        // The browser sent the request again after losing the first answer, and the server
        // refused to pass the copy on: the first may well have been carried out. No status:
        // the answer that counts, the first one's, never came.
        throw fail({
          kind: 'network',
          message: replayedLost,
        })
      }
      if (!response.ok) {
        const message = typeof answer?.Message === 'string' ? answer.Message : response.statusText
        throw fail({
          kind: 'http',
          status: response.status,
          message: message || `HTTP ${response.status}`,
          requestId,
        })
      }
      if (!answer) {
        throw fail({
          kind: 'parse',
          status: response.status,
          message: 'not JSON',
          requestId,
        })
      }
      const retCode = Number(answer.RetCode)
      if (answer.RetCode === undefined || answer.RetCode === null || !Number.isInteger(retCode)) {
        throw fail({
          kind: 'parse',
          status: response.status,
          message: 'no RetCode',
          requestId,
        })
      }
      if (retCode !== 0) {
        const message = typeof answer.Message === 'string' ? answer.Message : `RetCode ${retCode}`
        throw fail({ kind: 'api', retCode, status: response.status, message, requestId })
      }
      return answer
    },
  }
}

// A relative base URL (the default `/api`) is resolved against the page, as a browser would;
// Node's fetch, used in tests, accepts only absolute URLs.
function resolveUrl(baseUrl: string): string {
  return typeof location === 'undefined' ? baseUrl : new URL(baseUrl, location.href).href
}

async function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (signal.aborted) throw signal.reason
  return response.text()
}

function parseJsonObject(text: string, redact?: (text: string) => string): RawAnswer | null {
  try {
    const value: unknown = redact
      ? JSON.parse(text, (_, field: unknown) => (typeof field === 'string' ? redact(field) : field))
      : JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as RawAnswer)
      : null
  } catch {
    return null
  }
}
