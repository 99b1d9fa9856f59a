/**
 * Fault injection for the sandbox, off unless asked for: added latency and one kind of failure
 * (an HTTP 5xx, a RetCode, a malformed answer, a hung request, a dropped connection) for a
 * share of the requests, optionally only for some Actions. See docs/decisions/0012.
 */

import { maxLatencyMs } from '../bounds.ts'

export type FaultFailure =
  /** `status` null: any of 500, 502 and 503, drawn per request. */
  | { kind: 'status'; status: 500 | 502 | 503 | null }
  | { kind: 'retcode'; retCode: number }
  | { kind: 'malformed'; form: 'garbage' | 'truncated' }
  | { kind: 'hang' }
  | { kind: 'drop' }

export interface FaultSpec {
  latencyMs: number
  failure: FaultFailure | null
  /** Share of the matching requests that fail, 0 to 1. */
  rate: number
  /**
   * The core handles the request before its answer is lost, so a publish is saved. Always so
   * for a truncated answer, which is half of a real one.
   */
  processed: boolean
  /** Only these Actions are affected; null: every one. */
  actions: readonly string[] | null
}

/** What happens to one request. */
export interface FaultPlan {
  latencyMs: number
  failure: FaultFailure | null
  processed: boolean
}

export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError'
}

const keys = [
  'latency',
  'status',
  'retcode',
  'malformed',
  'hang',
  'drop',
  'rate',
  'processed',
  'actions',
] as const
type Key = (typeof keys)[number]

/** The environment variable for each key: SANDBOX_FAULT_STATUS=503 is `status=503`. */
export const faultEnvNames: Readonly<Record<Key, string>> = {
  latency: 'SANDBOX_FAULT_LATENCY_MS',
  status: 'SANDBOX_FAULT_STATUS',
  retcode: 'SANDBOX_FAULT_RETCODE',
  malformed: 'SANDBOX_FAULT_MALFORMED',
  hang: 'SANDBOX_FAULT_HANG',
  drop: 'SANDBOX_FAULT_DROP',
  rate: 'SANDBOX_FAULT_RATE',
  processed: 'SANDBOX_FAULT_PROCESSED',
  actions: 'SANDBOX_FAULT_ACTIONS',
}

const isKey = (key: string): key is Key => (keys as readonly string[]).includes(key)

function flag(value: string, label: string): boolean {
  if (['', '1', 'true', 'on'].includes(value)) return true
  if (['0', 'false', 'off'].includes(value)) return false
  throw new FaultSpecError(`${label} is a switch: give 1 or 0, not "${value}"`)
}

function number(value: string, label: string, min: number, max: number): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new FaultSpecError(`${label} must be a number from ${min} to ${max}, not "${value}"`)
  }
  return n
}

function failureOf(key: Key, value: string, label: string): FaultFailure | null {
  switch (key) {
    case 'status':
      if (value === '5xx') return { kind: 'status', status: null }
      if (value === '500' || value === '502' || value === '503') {
        return { kind: 'status', status: Number(value) as 500 | 502 | 503 }
      }
      throw new FaultSpecError(`${label} must be 500, 502, 503 or 5xx, not "${value}"`)
    case 'retcode': {
      const retCode = number(value, label, 1, 2 ** 31 - 1)
      if (!Number.isInteger(retCode)) throw new FaultSpecError(`${label} must be an integer`)
      return { kind: 'retcode', retCode }
    }
    case 'malformed':
      if (value === 'garbage' || value === 'truncated') return { kind: 'malformed', form: value }
      throw new FaultSpecError(`${label} must be garbage or truncated, not "${value}"`)
    case 'hang':
    case 'drop':
      return flag(value, label) ? { kind: key } : null
    default:
      return null
  }
}

/**
 * Builds a spec from [key, value, label] entries (label names the key in messages: `status` in
 * a header, `SANDBOX_FAULT_STATUS` in the environment). Null when nothing is asked for.
 */
function fromEntries(
  entries: readonly (readonly [string, string, string])[],
  knownActions?: readonly string[],
): FaultSpec | null {
  const spec: FaultSpec = { latencyMs: 0, failure: null, rate: 1, processed: false, actions: null }
  let rateLabel: string | null = null
  const failureLabels: string[] = []
  for (const [key, raw, label] of entries) {
    const value = raw.trim()
    if (!isKey(key)) {
      throw new FaultSpecError(`unknown fault "${key}"; use ${keys.join(', ')}`)
    }
    if (key === 'latency') spec.latencyMs = Math.round(number(value, label, 0, maxLatencyMs))
    else if (key === 'rate') {
      spec.rate = number(value, label, 0, 1)
      rateLabel = label
    } else if (key === 'processed') spec.processed = flag(value, label)
    else if (key === 'actions') spec.actions = actionList(value, label, knownActions)
    else {
      const failure = failureOf(key, value, label)
      if (failure) {
        spec.failure = failure
        failureLabels.push(label)
      }
    }
  }
  if (failureLabels.length > 1) {
    throw new FaultSpecError(`choose one failure, not ${failureLabels.join(' and ')}`)
  }
  if (!spec.failure && (rateLabel || spec.processed)) {
    throw new FaultSpecError(
      `${rateLabel ?? 'processed'} needs a failure: status, retcode, malformed, hang or drop`,
    )
  }
  if (spec.processed && spec.failure?.kind === 'retcode') {
    throw new FaultSpecError('a RetCode is a refusal: it cannot come after the request is handled')
  }
  return spec.failure || spec.latencyMs > 0 ? spec : null
}

function actionList(value: string, label: string, known?: readonly string[]): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) throw new FaultSpecError(`${label} needs at least one Action`)
  const unknown = names.find((name) => (known ? !known.includes(name) : !/^\w+$/.test(name)))
  if (unknown !== undefined) throw new FaultSpecError(`${label}: no Action "${unknown}"`)
  return names
}

/**
 * `latency=200;status=503;rate=0.5;actions=DescribeCommunityImages` (the X-Sandbox-Fault
 * header's syntax). Empty or `off`: no faults (null). Throws FaultSpecError on anything else.
 */
export function parseFaultSpec(text: string, knownActions?: readonly string[]): FaultSpec | null {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === 'off') return null
  const entries = trimmed
    .split(';')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [key = '', ...rest] = part.split('=')
      const name = key.trim()
      return [name, rest.join('='), name] as const
    })
  return fromEntries(entries, knownActions)
}

/** The SANDBOX_FAULT_* variables (unset or empty ones are ignored); null when none is set. */
export function faultSpecFromEnv(
  env: NodeJS.ProcessEnv,
  knownActions?: readonly string[],
): FaultSpec | null {
  const entries = keys.flatMap((key) => {
    const value = env[faultEnvNames[key]]
    return value === undefined || value === '' ? [] : [[key, value, faultEnvNames[key]] as const]
  })
  return fromEntries(entries, knownActions)
}

function failureText(failure: FaultFailure): string {
  switch (failure.kind) {
    case 'status':
      return `HTTP ${failure.status ?? '500/502/503'}`
    case 'retcode':
      return `RetCode ${failure.retCode}`
    case 'malformed':
      return `${failure.form} JSON`
    case 'hang':
      return 'no answer (hang)'
    case 'drop':
      return 'dropped connection'
  }
}

/** A line for logs: what is on. */
export function describeFaults(spec: FaultSpec): string {
  const { failure } = spec
  const what = failure
    ? `${failureText(failure)} for ${Math.round(spec.rate * 100)}% of requests`
    : 'no failures'
  const after = spec.processed ? ' after handling them' : ''
  const only = spec.actions ? ` (${spec.actions.join(', ')} only)` : ''
  return `${what}${after}, ${spec.latencyMs} ms added latency${only}`
}

/** The sandbox's current faults, changeable while it runs (tests clear them to see recovery). */
export function createFaults(
  initial: FaultSpec | string | null,
  random: () => number,
  knownActions?: readonly string[],
) {
  const toSpec = (spec: FaultSpec | string | null) =>
    typeof spec === 'string' ? parseFaultSpec(spec, knownActions) : spec
  let current = toSpec(initial)
  return {
    current: () => current,
    /** A spec, its text form, or null/'' for none. */
    set(spec: FaultSpec | string | null) {
      current = toSpec(spec)
    },
    clear() {
      current = null
    },
    /** Draws what happens to one request for `action` under `spec`. */
    plan(spec: FaultSpec, action: string | undefined): FaultPlan {
      const none = { latencyMs: 0, failure: null, processed: false }
      if (spec.actions && (action === undefined || !spec.actions.includes(action))) return none
      let failure = spec.failure && random() < spec.rate ? spec.failure : null
      if (failure?.kind === 'status' && failure.status === null) {
        const status = ([500, 502, 503] as const)[Math.floor(random() * 3)] ?? 503
        failure = { kind: 'status', status }
      }
      return { latencyMs: spec.latencyMs, failure, processed: failure ? spec.processed : false }
    },
  }
}

export type Faults = ReturnType<typeof createFaults>
