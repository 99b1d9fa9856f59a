import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * UCloud request encoding: nested parameters become flat string fields (`Tag.0`,
 * `SortCondition.Field`, `K.0.F`); `undefined`/`null` are left out entirely.
 */
export function encodeParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) encodeInto(out, key, value)
  return out
}

function encodeInto(out: Record<string, string>, key: string, value: unknown): void {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    value.forEach((item, index) => encodeInto(out, `${key}.${index}`, item))
  } else if (typeof value === 'object') {
    for (const [field, item] of Object.entries(value)) encodeInto(out, `${key}.${field}`, item)
  } else {
    out[key] = encodeScalar(key, value)
  }
}

function encodeScalar(key: string, value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      return value.toString()
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Parameter ${key} is not a finite number`)
      return plainDecimal(value)
    default:
      throw new TypeError(`Parameter ${key} has a type that cannot be sent (${typeof value})`)
  }
}

/** A number in plain decimal: whole numbers without a fraction, never exponent notation. */
function plainDecimal(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString()
  const text = String(value)
  const match = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(text)
  if (!match) return text
  // Only |x| < 1e-6 prints with an exponent here (larger fractions print plainly).
  const [, sign = '', lead = '', rest = '', exponent = '0'] = match
  return `${sign}0.${'0'.repeat(Number(exponent) - 1)}${lead}${rest}`
}

/** Lower-case hex SHA-1 of the fields sorted by key (code-unit order), `key+value`, then the key. */
export function sign(encoded: Record<string, string>, privateKey: string): string {
  const keys = Object.keys(encoded).sort()
  let payload = ''
  for (const key of keys) payload += key + encoded[key]
  return bytesToHex(sha1(utf8ToBytes(payload + privateKey)))
}

export interface Credentials {
  publicKey: string
  privateKey: string
}

/** Encoded params plus `PublicKey` and `Signature`, ready to send as a form body. */
export function signRequest(
  params: Record<string, unknown>,
  credentials: Credentials,
): Record<string, string> {
  const encoded = encodeParams(params)
  delete encoded.Signature
  encoded.PublicKey = credentials.publicKey
  encoded.Signature = sign(encoded, credentials.privateKey)
  return encoded
}
