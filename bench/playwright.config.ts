import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './chromium'

// The browse interaction bench (bench/*.spec.ts), apart from `playwright test` (tests/e2e):
// one worker, so the two shared cores are not split between runs that measure time.
const port = Number(process.env.E2E_PORT ?? 4177)
const outDir = process.env.E2E_OUT_DIR ?? 'dist'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --outDir ${outDir}`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { SANDBOX_DATA_DIR: mkdtempSync(join(tmpdir(), 'compshare-bench-')) },
  },
})
