// Runs one TypeScript file with Node 20, which cannot strip types itself: Vite's module runner
// transforms it (and its imports, dynamic ones included) on the fly. Used by `sandbox:reset`
// and the bench.
import { resolve } from 'node:path'
import process from 'node:process'
import { createServer } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args…]')
  process.exit(2)
}
// configFile: false keeps the app's vite.config.ts (and its plugins) out of the way. The server
// only transforms modules: no port, no file watching. It stays open until main() is done, so
// modules the script imports later still load.
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, watch: null, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const module = await server.ssrLoadModule(resolve(file))
  if (typeof module.main !== 'function') {
    console.error(`${file} does not export a main(args) function`)
    process.exitCode = 2
  } else {
    process.exitCode = (await module.main(args)) ?? 0
  }
} finally {
  await server.close()
}
