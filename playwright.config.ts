import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './bench/chromium'

// E2E_PORT and E2E_OUT_DIR let two runs (a build in another folder) share one machine.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_OUT_DIR ?? 'dist'

// System Chromium from Debian with no network of its own (bench/chromium.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // CI's machine has two CPUs for two workers, Chromium and the server: /my, which reads the
  // whole catalogue to find the favourites, once took over 5 s (Playwright's default) to show.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 } } },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      // A fresh sandbox per run: what one run publishes never changes what the next one sees.
      SANDBOX_DATA_DIR: mkdtempSync(join(tmpdir(), 'compshare-e2e-')),
      // CompShare mode goes through the real /compshare-api proxy, to the sandbox standing in
      // for api.compshare.cn (there is no internet here, and no real keys).
      COMPSHARE_API_UPSTREAM: `http://localhost:${port}/api`,
    },
  },
})
