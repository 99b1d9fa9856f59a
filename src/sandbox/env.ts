import { resolve } from 'node:path'
import { describeFaults, faultSpecFromEnv, type FaultSpec } from './faults/faults.ts'
import { actionNames, createSandbox, type Sandbox, type SandboxOptions } from './sandbox.ts'

export interface EnvOptions {
  dataDir: string
  reviewSeconds: number
  /** From the SANDBOX_FAULT_* variables (docs/decisions/0012); null: none. */
  faults: FaultSpec | null
}

/**
 * SANDBOX_DATA_DIR (default `.sandbox`, relative to the project), SANDBOX_REVIEW_SECONDS and,
 * unless `faults` is false (`vite preview`, which injects none), the SANDBOX_FAULT_* variables.
 * Throws, naming the variable, on a value that makes no sense.
 */
export function sandboxOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  root: string,
  { faults = true } = {},
): EnvOptions {
  const raw = env.SANDBOX_REVIEW_SECONDS
  const reviewSeconds = raw === undefined || raw === '' ? 30 : Number(raw)
  if (!Number.isFinite(reviewSeconds) || reviewSeconds < 0) {
    throw new Error(`SANDBOX_REVIEW_SECONDS must be a number of seconds, not "${raw}"`)
  }
  return {
    dataDir: resolve(root, env.SANDBOX_DATA_DIR || '.sandbox'),
    reviewSeconds,
    faults: faults ? faultSpecFromEnv(env, actionNames) : null,
  }
}

/**
 * The sandbox a server runs: options from the environment, and a word when faults are on.
 * `overrides.faults: null` leaves the SANDBOX_FAULT_* variables unread.
 */
export function sandboxFromEnv(
  env: NodeJS.ProcessEnv,
  root: string,
  warn: (message: string) => void,
  overrides: Partial<SandboxOptions> = {},
): Sandbox {
  const fromEnv = sandboxOptionsFromEnv(env, root, { faults: overrides.faults !== null })
  const sandbox = createSandbox({ ...fromEnv, warn, ...overrides })
  const faults = sandbox.faults.current()
  if (faults) warn(`Sandbox faults on: ${describeFaults(faults)}`)
  return sandbox
}
