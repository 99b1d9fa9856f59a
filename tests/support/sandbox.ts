import { signRequest, type Credentials } from '@/api/signature'
import { sandboxHandlers } from '@/sandbox/http/msw-handlers'
import { createSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/sandbox'
import { createSeedState } from '@/sandbox/seed'
import type { SandboxState } from '@/sandbox/types'
import { server } from './msw-server'

/** The two demo accounts (their keys are published on purpose: they open only the sandbox). */
export const demoAccount: Credentials = {
  publicKey: 'sandbox-public-key',
  privateKey: 'sandbox-private-key',
}
export const secondAccount: Credentials = {
  publicKey: 'sandbox-public-key-2',
  privateKey: 'sandbox-private-key-2',
}

/** Seeded times in tests are relative to this fixed moment (2026-01-01T00:00:00Z). */
export const sandboxEpoch = Date.UTC(2026, 0, 1) / 1000

export interface TestClock {
  now: () => number
  /** Moves the clock forward, in seconds. */
  advance: (seconds: number) => void
}

/** A clock tests move by hand; starts an hour after the seed epoch. */
export function createTestClock(startMs = (sandboxEpoch + 3600) * 1000): TestClock {
  let current = startMs
  return {
    now: () => current,
    advance: (seconds) => {
      current += seconds * 1000
    },
  }
}

export interface TestSandbox {
  sandbox: Sandbox
  clock: TestClock
  /** Signs and hands one action to the core directly; answers the JSON body. */
  call: (
    action: string,
    params?: Record<string, unknown>,
    credentials?: Credentials,
  ) => Record<string, unknown>
}

// Seeding takes about twice as long as copying a seed (the core copies `initialState`), and
// most tests want the same one.
const seeds = new Map<string, SandboxState>()

function seededState(options: Partial<SandboxOptions>): SandboxState {
  const seed = {
    seed: options.seed,
    groupCount: options.groupCount,
    epoch: options.epoch ?? sandboxEpoch,
  }
  const key = JSON.stringify(seed)
  let state = seeds.get(key)
  if (!state) {
    state = createSeedState(seed)
    seeds.set(key, state)
  }
  return state
}

/**
 * Where the app's requests go by default: every action may carry Region and Zone (the sandbox
 * refuses an action without the ones its SDK schema requires). Pass `Zone: undefined` to leave
 * one out.
 */
export const where = { Region: 'cn-wlcb', Zone: 'cn-wlcb-01' }

/** A fresh in-memory sandbox (nothing written to disk) on a hand-moved clock. */
export function createTestSandbox(options: Partial<SandboxOptions> = {}): TestSandbox {
  const clock = createTestClock()
  const sandbox = createSandbox({
    dataDir: null,
    epoch: sandboxEpoch,
    now: clock.now,
    initialState: options.dataDir ? undefined : seededState(options),
    ...options,
  })
  return {
    sandbox,
    clock,
    call: (action, params = {}, credentials = demoAccount) =>
      sandbox.handle(signRequest({ ...where, ...params, Action: action }, credentials)).body,
  }
}

/**
 * Serves a fresh sandbox through the shared MSW server for the current test: any POST to a
 * path ending in /api (the app's default base URL) and the cover URLs. The suite's
 * `server.resetHandlers()` removes it after the test.
 */
export function installSandbox(options: Partial<SandboxOptions> = {}): TestSandbox {
  const test = createTestSandbox(options)
  server.use(...sandboxHandlers(test.sandbox))
  return test
}

/** The first custom image `owner` may publish: a finished container. */
export function publishableImage(sandbox: Sandbox, owner: Credentials = demoAccount) {
  return sandbox
    .state()
    .customImages.find(
      (i) => i.owner === owner.publicKey && i.status === 'Available' && i.container,
    )
}
