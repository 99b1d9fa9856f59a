import { resolve } from 'node:path'
import { describeFaults, faultSpecFromEnv, type FaultSpec } from './faults/faults.ts'
import { actionNames, createSandbox, type Sandbox, type SandboxOptions } from './sandbox.ts'

export interface EnvOptions {
  dataDir: string
  reviewSeconds: number
  instanceSeconds: number
  /** From the SANDBOX_FAULT_* variables (docs/decisions/0012); null: none. */
  faults: FaultSpec | null
}

/** A number of seconds from the variable `name`, `fallback` when unset or empty. */
function secondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number of seconds, not "${raw}"`)
  }
  return value
}

/**
 * SANDBOX_DATA_DIR (default `.sandbox`, relative to the project), SANDBOX_REVIEW_SECONDS (30),
 * SANDBOX_INSTANCE_SECONDS (10: how long an instance takes to start, stop or reboot) and,
 * unless `faults` is false (`vite preview`, which injects none), the SANDBOX_FAULT_* variables.
 * Throws, naming the variable, on a value that makes no sense.
 */
export function sandboxOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  root: string,
  { faults = true } = {},
): EnvOptions {
  return {
    dataDir: resolve(root, env.SANDBOX_DATA_DIR || '.sandbox'),
    reviewSeconds: secondsFrom(env, 'SANDBOX_REVIEW_SECONDS', 30),
    instanceSeconds: secondsFrom(env, 'SANDBOX_INSTANCE_SECONDS', 10),
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
