/** RetCodes the sandbox answers, matching the real service (see docs/decisions/0007). */
export const RetCode = {
  ok: 0,
  actionMissing: 160,
  actionNotFound: 161,
  signatureMissing: 170,
  signatureWrong: 171,
  publicKeyNotFound: 172,
  invalidParameter: 230,
  imageNotFound: 226601,
  imageNotAvailable: 226602,
  imageNotContainer: 226603,
  groupNotFound: 226604,
  versionNotGreater: 226605,
  coverInvalid: 226606,
  // The instance actions answer the same numbers with their own meanings (docs/decisions/0027).
  gpuNotSupported: 226603,
  resourceNotEnough: 226604,
} as const

/** A protocol-level failure: answered with HTTP 200 and this RetCode, as UCloud does. */
export class SandboxError extends Error {
  constructor(
    readonly retCode: number,
    message: string,
  ) {
    super(message)
    this.name = 'SandboxError'
  }
}

export function missingParameter(name: string): SandboxError {
  return new SandboxError(RetCode.invalidParameter, `Missing parameter ${name}`)
}

export function invalidParameter(name: string, reason: string): SandboxError {
  return new SandboxError(RetCode.invalidParameter, `Parameter ${name} is not valid: ${reason}`)
}
