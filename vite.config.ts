/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createIdResolver, defaultClientConditions, defineConfig, type ProxyOptions } from 'vite'
import { cspPlugin } from './build/csp.ts'
import { firstPagePreloadPlugin } from './build/first-page-preload.ts'
import { firstRequestModules } from './build/first-request-modules.ts'
import { pageInitKeysPlugin } from './build/page-init-keys.ts'
import { malformedPathsPlugin } from './build/malformed-paths.ts'
import {
  forwardedRequestHeaders,
  keepOnly,
  returnedResponseHeaders,
} from './build/proxy-headers.ts'
import { shellPlugin } from './build/shell.ts'
import { compshareSandbox } from './src/sandbox/http/vite-plugin.ts'

const isTest = process.env.VITEST === 'true'

const firstRequestEntry = fileURLToPath(
  new URL('./src/app/start-first-request.ts', import.meta.url),
)
const firstRequest = firstRequestModules(firstRequestEntry)

// The browser cannot be assumed to reach api.compshare.cn across origins, so in CompShare mode
// the app posts to its own origin and the server forwards the signed form untouched (README,
// "Use your own CompShare account"), with an allow-list of headers each way. An empty variable
// counts as unset.
const compshareUpstream = process.env.COMPSHARE_API_UPSTREAM || 'https://api.compshare.cn'
const compshareProxy: Record<string, ProxyOptions> = {
  // Exactly /compshare-api, /compshare-api/… or /compshare-api?…, not /compshare-apix.
  '^/compshare-api(?=/|\\?|$)': {
    target: compshareUpstream,
    changeOrigin: true,
    // What is left ('', '?…' or '/…') is joined to the upstream's own path, so an upstream
    // with a base path (`http://mirror/compshare`) gets exactly that path, not one with `/`.
    rewrite: (path) => path.replace(/^\/compshare-api/, ''),
    // http-proxy's own X-Forwarded-* (off by default) would tell the service about this hop.
    xfwd: false,
    configure: (proxy) => {
      // An allow-list each way (build/proxy-headers.ts, ADR 0010). The request's headers are cut
      // on `start`, before http-proxy copies them to the outgoing request: unlike `proxyReq`, it
      // comes on every path (`proxyReq` is skipped for `Expect` requests and on the fetch path).
      // So Cookie, Origin, Referer, Authorization, X-Forwarded-*, the sandbox's fault header
      // (ADR 0012) and the request-once header (ADR 0019) never reach the service.
      proxy.on('start', (req) => keepOnly(req.headers, forwardedRequestHeaders))
      // `proxyRes` comes before http-proxy copies the answer's headers to the browser: no
      // Set-Cookie, Access-Control-*, HSTS or WWW-Authenticate of the service on this origin.
      proxy.on('proxyRes', (proxyRes) => keepOnly(proxyRes.headers, returnedResponseHeaders))
    },
  },
}

export default defineConfig({
  // The sandbox serves POST /api on the app's own origin in `dev` and `preview`; tests reach
  // the same core through MSW instead (tests/support/sandbox.ts).
  plugins: isTest
    ? [react()]
    : [
        malformedPathsPlugin(),
        react(),
        tailwindcss(),
        compshareSandbox(),
        cspPlugin(),
        shellPlugin(),
        pageInitKeysPlugin(),
        firstPagePreloadPlugin(),
        firstRequest.plugin,
      ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The readme parser's worker (src/components/markdown/parse.ts) shares chunks like the app.
  // Vite resolves a worker's packages as the page's, `browser` first, and its worker options
  // cannot name conditions (vitejs/vite#20230). A package with a build for workers says so
  // with the `worker` export condition, which this bundle puts first: micromark's entity
  // decoder (decode-named-character-reference) then gets its plain build, not the one that
  // decodes through `document`, which workers lack (ADR 0021).
  worker: {
    format: 'es',
    plugins: () => {
      let resolve: ReturnType<typeof createIdResolver> | undefined
      return [
        {
          name: 'worker-export-condition',
          enforce: 'pre',
          configResolved: (config) => {
            resolve = createIdResolver(config, {
              conditions: ['worker', ...defaultClientConditions],
            })
          },
          // Package names only (`pkg`, `@scope/pkg`, `pkg/sub`): paths, virtual modules and
          // the app's `@/` alias resolve as usual. The file found goes through Vite's own
          // resolver again, which knows what its package says about side effects.
          async resolveId(id, importer) {
            if (!resolve || !/^(@[a-z\d][\w.-]*\/)?[a-z\d][\w.-]*(\/|$)/i.test(id)) return null
            const file = await resolve(this.environment, id, importer)
            return file ? this.resolve(file, importer, { skipSelf: true }) : null
          },
        },
      ]
    },
  },
  // The manifest lets bench/bundle.ts tell the chunks a first visit loads from the lazy ones.
  build: {
    manifest: true,
    // Every browser the app supports has <link rel=modulepreload> (Safari since 17, Firefox
    // since 115): the polyfill Vite would put in the entry is bytes no visitor runs.
    // A route's loader chunk imports what its page's chunk imports too, and the page's list of
    // chunks to preload already names them: listing them again would cost the entry bytes.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps) => (/-data-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    rolldownOptions: {
      // The first page's request has an entry of its own, which page-init.js loads from the
      // head, and the modules it needs are one chunk that does not wait for the app's entry
      // (src/app/first-request.ts, ADR 0016).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        'first-request': firstRequestEntry,
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-request', test: firstRequest.test },
            { name: 'query', test: /\/node_modules\/@tanstack\// },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: compshareProxy },
  preview: { port: 4173, proxy: compshareProxy },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    // Files share a worker and its jsdom (tests/fresh-modules.ts runs first in each, so the
    // project's modules are the file's own), one worker per core: 327 s became 115 s on 2 cores.
    isolate: false,
    maxWorkers: '100%',
    setupFiles: ['tests/fresh-modules.ts', 'tests/setup.ts'],
    restoreMocks: true,
    // Integration tests walk whole pages on 2-core shared machines; 5 s is too tight there.
    testTimeout: 20_000,
  },
})
