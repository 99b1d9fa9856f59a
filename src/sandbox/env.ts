import { resolve } from 'node:path'

export interface EnvOptions {
  dataDir: string
  reviewSeconds: number
}

/** SANDBOX_DATA_DIR (default `.sandbox`, relative to the project) and SANDBOX_REVIEW_SECONDS. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv, root: string): EnvOptions {
  const raw = env.SANDBOX_REVIEW_SECONDS
  const reviewSeconds = raw === undefined || raw === '' ? 30 : Number(raw)
  if (!Number.isFinite(reviewSeconds) || reviewSeconds < 0) {
    throw new Error(`SANDBOX_REVIEW_SECONDS must be a number of seconds, not "${raw}"`)
  }
  return { dataDir: resolve(root, env.SANDBOX_DATA_DIR || '.sandbox'), reviewSeconds }
}
