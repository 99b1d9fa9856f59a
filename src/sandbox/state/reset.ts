import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sandboxOptionsFromEnv } from '../env.ts'
import { createSeedState } from '../seed/index.ts'
import { replaceState } from './store.ts'

/**
 * Throws away everything published, starred or uploaded and seeds afresh (times relative to
 * now). It does not take the folder's lock: a running dev server is meant to notice the new
 * state (and the journal gone) on its next request, and reload.
 */
export function resetSandbox(dataDir: string): number {
  rmSync(join(dataDir, 'covers'), { recursive: true, force: true })
  const state = createSeedState({ epoch: Math.floor(Date.now() / 1000) })
  replaceState(dataDir, state)
  return state.groups.length
}

/** `npm run sandbox:reset` (through scripts/run-ts.js). */
export function main(): number {
  const { dataDir } = sandboxOptionsFromEnv(process.env, process.cwd())
  const groups = resetSandbox(dataDir)
  console.log(`Sandbox reset: ${groups} groups seeded in ${dataDir}`)
  return 0
}
