export type ApiErrorKind = 'api' | 'http' | 'network' | 'timeout' | 'parse'

export interface ApiErrorInit {
  kind: ApiErrorKind
  action: string
  message: string
  retCode?: number | undefined
  status?: number | undefined
  requestId?: string | undefined
}

/** Every failure of a CompShare call, whatever went wrong, as one type the UI can explain. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly action: string
  readonly retCode: number | undefined
  /** HTTP status, when an answer arrived. */
  readonly status: number | undefined
  /** `X-UCLOUD-REQUEST-UUID` of the answer, to quote to support. */
  readonly requestId: string | undefined

  constructor(init: ApiErrorInit) {
    super(init.message)
    this.kind = init.kind
    this.action = init.action
    this.retCode = init.retCode
    this.status = init.status
    this.requestId = init.requestId
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * i18n keys (under `apiErrors.`) for the RetCodes a person may meet. The 2266xx meanings are
 * not published by CompShare; these are the sandbox's, chosen to match what the real service
 * was seen to answer.
 */
export const retCodeMessageKeys = {
  160: 'apiErrors.actionMissing',
  161: 'apiErrors.actionNotFound',
  170: 'apiErrors.signatureMissing',
  171: 'apiErrors.signatureWrong',
  172: 'apiErrors.userNotFound',
  230: 'apiErrors.invalidParameter',
  226601: 'apiErrors.imageNotFound',
  226602: 'apiErrors.imageNotAvailable',
  226603: 'apiErrors.imageNotContainer',
  226604: 'apiErrors.groupNotFound',
  226605: 'apiErrors.versionNotGreater',
  226606: 'apiErrors.coverInvalid',
} as const

const kindMessageKeys = {
  api: 'apiErrors.unknownRetCode',
  http: 'apiErrors.http',
  network: 'apiErrors.network',
  timeout: 'apiErrors.timeout',
  parse: 'apiErrors.parse',
} as const

export type ApiErrorMessageKey =
  | (typeof retCodeMessageKeys)[keyof typeof retCodeMessageKeys]
  | (typeof kindMessageKeys)[ApiErrorKind]

/** The catalogue key that explains `error` to a person. */
export function apiErrorMessageKey(error: ApiError): ApiErrorMessageKey {
  if (error.kind === 'api' && error.retCode !== undefined && error.retCode in retCodeMessageKeys) {
    return retCodeMessageKeys[error.retCode as keyof typeof retCodeMessageKeys]
  }
  return kindMessageKeys[error.kind]
}

const maxReadRetries = 2

/**
 * A failure that may pass by itself: no answer, a timeout, a 5xx. A RetCode is the service's
 * considered answer, and a 4xx or an unreadable answer will not change by asking again.
 */
export function isTransientError(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.kind === 'http' && error.status !== undefined && error.status >= 500
}

/** Retry rule for read queries: transient failures only, at most twice. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < maxReadRetries && isTransientError(error)
}
