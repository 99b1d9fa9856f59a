import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signRequest } from '../../src/api/signature'
import { sandboxAccounts } from '../../src/sandbox/state/accounts'

// A server of a spec's own, with a sandbox of its own (fresh data, so nothing a spec publishes
// reaches other specs): `dev` is what a developer runs (no CSP, faults by environment),
// `preview` serves the suite's build (E2E_OUT_DIR, as playwright.config.ts uses it).

const account = sandboxAccounts[0]!

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })
}

export interface OwnServer {
  origin: string
  /** Signs `params` for the first demo account and posts them to the sandbox's /api. */
  call: (action: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>
  stop: () => Promise<void>
}

export async function startOwnServer(
  command: 'dev' | 'preview',
  env: Record<string, string> = {},
): Promise<OwnServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), `compshare-own-${command}-`))
  const origin = `http://127.0.0.1:${port}`
  const where = ['--port', String(port), '--strictPort', '--host', '127.0.0.1']
  const args =
    command === 'dev' ? where : ['preview', ...where, '--outDir', process.env.E2E_OUT_DIR ?? 'dist']
  const server: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args], {
    env: {
      ...process.env,
      SANDBOX_DATA_DIR: dataDir,
      COMPSHARE_API_UPSTREAM: `${origin}/api`,
      ...env,
    },
    stdio: 'ignore',
  })
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done))
      server.kill('SIGTERM')
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 45_000
  for (;;) {
    const up = await fetch(`${origin}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline || server.exitCode !== null) {
      await stop()
      throw new Error(`vite ${command} did not start`)
    }
    await new Promise((done) => setTimeout(done, 200))
  }

  const call = async (action: string, params: Record<string, unknown> = {}) => {
    const zone = { Region: 'cn-wlcb', Zone: 'cn-wlcb-01' }
    const response = await fetch(`${origin}/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(signRequest({ ...params, ...zone, Action: action }, account)),
    })
    const answer = (await response.json()) as Record<string, unknown>
    if (answer.RetCode !== 0) throw new Error(`${action}: ${JSON.stringify(answer)}`)
    return answer
  }
  return { origin, call, stop }
}
