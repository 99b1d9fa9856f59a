import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PreviewServer {
  url: string
  stop: () => void
}

/**
 * `vite preview` of an existing build, with a fresh sandbox of its own (nothing a previous run
 * published changes what this one measures). Started through Node, not npx, which may fetch.
 * `config` is another Vite config than the app's (the floor page's, bench/floor/).
 */
export async function startPreview(
  outDir: string,
  port: number,
  config?: string,
): Promise<PreviewServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'compshare-bench-'))
  const url = `http://localhost:${port}`
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort']
      .concat(['--outDir', outDir])
      .concat(config ? ['--config', config] : []),
    { env: { ...process.env, SANDBOX_DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const stop = () => {
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return { url, stop }
    await new Promise((done) => setTimeout(done, 250))
  }
  stop()
  throw new Error(`vite preview of ${outDir} did not answer on ${url}`)
}
