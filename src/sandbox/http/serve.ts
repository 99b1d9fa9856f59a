import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sandboxFromEnv } from '../env.ts'
import type { Sandbox } from '../sandbox.ts'
import { sandboxMiddleware } from './vite-plugin.ts'

export interface RunningSandbox {
  url: string
  close(): Promise<void>
}

/**
 * The sandbox alone on a loopback port, with plain node:http and the Vite plugin's middleware
 * (the same request handling as `npm run dev`, without the app): for the load benchmark.
 */
export async function serveSandbox(sandbox: Sandbox, port = 0): Promise<RunningSandbox> {
  // Faults on: bench:load passes SANDBOX_FAULT_* through, and tests/sandbox/faults-http uses them.
  const middleware = sandboxMiddleware(sandbox, { faults: true })
  const server = createServer((req, res) =>
    middleware(req, res, (error?: unknown) => {
      res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain' })
      res.end(error ? 'Sandbox failed' : 'Not found')
    }),
  )
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      // Hung requests (a fault) would keep close() waiting for ever.
      server.closeAllConnections()
      return new Promise((done) => server.close(() => done()))
    },
  }
}

/**
 * `node scripts/run-ts.js src/sandbox/http/serve.ts [port]`: serves until killed, with the same
 * environment variables as the dev server, and prints its address as the first line.
 */
export async function main(args: string[]): Promise<number> {
  const sandbox = sandboxFromEnv(process.env, process.cwd(), (message) => console.warn(message))
  const { url } = await serveSandbox(sandbox, Number(args[0] ?? 0))
  console.log(`sandbox listening on ${url}`)
  return 0
}
