// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { http, passthrough } from 'msw'
import { createLogger, createServer } from 'vite'
import { describe, expect, it } from 'vitest'
import { signRequest } from '@/api/signature'
import { createSandbox } from '@/sandbox/sandbox'
import { compshareSandbox } from '@/sandbox/http/vite-plugin'
import { server as msw } from '../support/msw-server'
import { demoAccount } from '../support/sandbox'
import { openFiles, tempFolder } from './file-sandbox'

const lockPath = (dir: string) => join(dir, 'sandbox.lock')
const holder = (dir: string) => JSON.parse(readFileSync(lockPath(dir), 'utf8')) as { pid: number }

describe('the data folder lock', () => {
  it('refuses a second sandbox on a folder in use, naming the folder and the process', () => {
    const dir = tempFolder()
    openFiles(dir)
    expect(holder(dir).pid).toBe(process.pid)
    expect(() => createSandbox({ dataDir: dir })).toThrow(dir)
    expect(() => createSandbox({ dataDir: dir })).toThrow(`process ${process.pid}`)
  })

  it('refuses a folder another live process holds', async () => {
    const dir = tempFolder()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])
    try {
      writeFileSync(lockPath(dir), JSON.stringify({ pid: other.pid, command: 'node other.js' }))
      expect(() => createSandbox({ dataDir: dir })).toThrow(
        `in use by process ${other.pid} (node other.js)`,
      )
    } finally {
      other.kill('SIGKILL')
      await new Promise((done) => other.once('exit', done))
    }
  })

  it('takes over, with a warning, a lock whose process has gone', () => {
    const dir = tempFolder()
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    })
    const pid = Number(gone.stdout.trim())
    writeFileSync(lockPath(dir), JSON.stringify({ pid, command: 'node killed.js' }))
    const { warn } = openFiles(dir)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`from process ${pid}`))
    expect(holder(dir).pid).toBe(process.pid)
  })

  it('takes over a lock with its own pid that it does not hold (a reused pid)', () => {
    const dir = tempFolder()
    writeFileSync(lockPath(dir), JSON.stringify({ pid: process.pid, command: 'before a restart' }))
    expect(openFiles(dir).warn).toHaveBeenCalledWith(expect.stringContaining('took over'))
  })

  it('lets go on close(), so the next one opens without a warning', () => {
    const dir = tempFolder()
    const first = openFiles(dir)
    first.publish('handed on')
    first.sandbox.close()
    expect(existsSync(lockPath(dir))).toBe(false)
    expect(first.publish('after close').status).toBe(500)
    const second = openFiles(dir)
    expect(second.warn).not.toHaveBeenCalled()
    expect(second.names()).toContain('handed on')
    expect(second.names()).not.toContain('after close')
  })

  it('is released when a server process is stopped with a signal', async () => {
    const dir = tempFolder()
    const server = spawn(process.execPath, ['scripts/run-ts.js', 'src/sandbox/http/serve.ts'], {
      env: { ...process.env, SANDBOX_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise((done) => server.once('exit', done))
    try {
      const lines = createInterface({ input: server.stdout })
      await new Promise<void>((done) =>
        lines.on('line', (line) => line.includes('listening') && done()),
      )
      expect(() => createSandbox({ dataDir: dir })).toThrow(`in use by process ${server.pid}`)
      server.kill('SIGTERM')
      await exited
      expect(existsSync(lockPath(dir))).toBe(false)
      expect(openFiles(dir).warn).not.toHaveBeenCalled()
    } finally {
      server.kill('SIGKILL')
    }
  }, 60_000)

  // With an inline config the restarted server reuses the plugin, and so its sandbox; with a
  // config file it gets a new plugin, from a new copy of the modules, and a sandbox of its own.
  it.each(['inline', 'file'])(
    'is handed on when Vite restarts a dev server (config %s), and let go when it closes',
    async (config) => {
      const dir = tempFolder()
      const plugin = join(process.cwd(), 'src/sandbox/http/vite-plugin.ts')
      writeFileSync(
        join(dir, 'vite.config.ts'),
        `import { compshareSandbox } from ${JSON.stringify(plugin)}\n` +
          `export default { plugins: [compshareSandbox({ dataDir: ${JSON.stringify(dir)} })] }\n`,
      )
      const errors: string[] = []
      const customLogger = { ...createLogger('silent'), error: (m: string) => errors.push(m) }
      const vite = await createServer({
        configFile: config === 'file' ? join(dir, 'vite.config.ts') : false,
        root: dir,
        customLogger,
        plugins: config === 'file' ? [] : [compshareSandbox({ dataDir: dir })],
        server: { host: '127.0.0.1', port: 0, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      })
      try {
        await vite.listen()
        await vite.restart()
        expect(errors).toEqual([])
        const address = vite.httpServer?.address()
        const base = `http://127.0.0.1:${typeof address === 'object' ? address?.port : ''}`
        msw.use(http.all(`${base}/*`, () => passthrough()))
        const signed = signRequest({ Action: 'CreateCompShareImageFavorite' }, demoAccount)
        const answer = await fetch(`${base}/api`, {
          method: 'POST',
          body: new URLSearchParams(signed),
        })
        // The sandbox answers (a missing GroupId), and its folder is still locked to it.
        expect(await answer.json()).toMatchObject({ RetCode: 230 })
        expect(holder(dir).pid).toBe(process.pid)
      } finally {
        await vite.close()
      }
      expect(existsSync(lockPath(dir))).toBe(false)
    },
  )
})
