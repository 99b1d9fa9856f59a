// Runs one TypeScript file with Node 20, which cannot strip types itself: Vite's module runner
// transforms it (and its relative imports) on the fly. Used by `sandbox:reset` and the bench.
import { resolve } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args…]')
  process.exit(2)
}
// configFile: false keeps the app's vite.config.ts (and its plugins) out of the way.
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' })
if (typeof module.main !== 'function') {
  console.error(`${file} does not export a main(args) function`)
  process.exit(2)
}
process.exitCode = (await module.main(args)) ?? 0
