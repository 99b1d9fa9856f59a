import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'vite'
import { compshareSandbox } from '@/sandbox/http/vite-plugin'

/**
 * A Vite dev server with the sandbox plugin (in memory) whose /compshare-api proxy forwards to
 * `upstream`, every path rewritten to `path`: how the app's own server stands in front of the
 * real service. Listening on a free port on 127.0.0.1; close it when done.
 */
export async function viteInFrontOf(upstream: Server, path: string) {
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  const vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [compshareSandbox({ dataDir: null })],
    server: {
      host: '127.0.0.1',
      port: 0,
      ws: false,
      watch: null,
      proxy: { '/compshare-api': { target, rewrite: () => path } },
    },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  await vite.listen()
  return vite
}
