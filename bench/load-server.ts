import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The sandbox (src/sandbox/http/serve.ts) in a child process of its own, on loopback only. */
export interface ServerProcess {
  url: string
  /** SIGKILL: no clean-up, no last write; what is on disk is all that survives. */
  kill(): Promise<void>
}

/** Starts it on `port` (0: any free one) with its state in `dataDir`; resolves once it listens. */
export function startServer(dataDir: string, port = 0): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.js', 'src/sandbox/http/serve.ts', String(port)],
    {
      cwd: root,
      env: { ...process.env, SANDBOX_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('the sandbox did not start within 30 s'))
    }, 30_000)
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening`)))
    const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> })
    lines.on('line', (line) => {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]
      if (!url) return
      clearTimeout(timer)
      resolve({
        url,
        kill: () => {
          child.kill('SIGKILL')
          return exited
        },
      })
    })
  })
}
