import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { sandboxOptionsFromEnv } from './env.ts'
import { createSandbox } from './sandbox.ts'
import { stateFileName } from './store.ts'

/**
 * Throws away everything published, starred or uploaded and seeds afresh (times relative to
 * now). A running dev server notices the new file on its next request and reloads.
 */
export function resetSandbox(dataDir: string): number {
  rmSync(join(dataDir, 'covers'), { recursive: true, force: true })
  rmSync(join(dataDir, stateFileName), { force: true })
  return createSandbox({ dataDir }).state().groups.length
}

/** `npm run sandbox:reset` (through scripts/run-ts.js). */
export function main(): number {
  const { dataDir } = sandboxOptionsFromEnv(process.env, process.cwd())
  const groups = resetSandbox(dataDir)
  console.log(`Sandbox reset: ${groups} groups seeded in ${dataDir}`)
  return 0
}
