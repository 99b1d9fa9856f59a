import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite'
import { hangMs as defaultHangMs } from '../bounds.ts'
import {
  apiPath,
  handleHttp,
  isSandboxPath,
  maxBodyBytes,
  type HttpReply,
  type HttpRequestLike,
} from './http.ts'
import { answerWithFaults, faultHeader, warnFaultsIgnored } from '../faults/http-faults.ts'
import { heldByThisProcess } from '../state/data-lock.ts'
import { sandboxFromEnv } from '../env.ts'
import { requestOnceMiddleware } from './request-once.ts'
import type { Sandbox, SandboxOptions } from '../sandbox.ts'

/** Reads the body up to the limit; past it, keeps draining so the client can read our 413. */
function readBody(req: IncomingMessage): Promise<Uint8Array | 'too-large'> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
      else chunks.length = 0
    })
    req.on('end', () => done(size > maxBodyBytes ? 'too-large' : Buffer.concat(chunks)))
    req.on('error', fail)
    // A client that hangs up mid-body never sends 'end'; settle so nothing waits forever.
    req.on('close', () => {
      if (!req.complete) fail(new Error('The client closed the connection before the body ended'))
    })
  })
}

/**
 * Where the request came to, from its Host header, for the whole cover URLs in answers. A Host
 * that is not a plain name or address with a port is not echoed back (the answer uses the
 * sandbox's default).
 */
function originOf(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? ''
  if (!/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(host)) return undefined
  return `${'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'}://${host}`
}

/**
 * A cross-site page may post a simple form to localhost; the app itself always posts from its
 * own origin. Requests without Origin (curl, SDKs) are not browsers and pass.
 */
function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return false
  try {
    return new URL(origin).host !== req.headers.host
  } catch {
    return true // "null": a sandboxed frame or a file:// page
  }
}

/**
 * Text answers gzipped when the client accepts it, as the real service's gateway does: a page
 * of 20 groups with readmes is about 124 KB of JSON and 13 KB gzipped. This middleware answers
 * before `vite preview` would compress anything.
 */
function compressed(req: IncomingMessage, answer: HttpReply): HttpReply {
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const text = /json|svg|text/.test(answer.headers['Content-Type'] ?? '')
  if (!accepts || !text || answer.body.length < 1024) return answer
  return {
    ...answer,
    headers: { ...answer.headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
    body: gzipSync(answer.body),
  }
}

export interface MiddlewareOptions {
  /**
   * Inject faults (the X-Sandbox-Fault header, the sandbox's own spec): `npm run dev` and test
   * servers only. Without them, `vite preview` answers like the real service would.
   */
  faults: boolean
  /** How long a `hang` holds the connection before destroying it; tests pass a short one. */
  hangMs?: number
}

/** Connect middleware serving the sandbox (POST /api and cover URLs); anything else goes on. */
export function sandboxMiddleware(
  sandbox: Sandbox,
  options: MiddlewareOptions,
): Connect.NextHandleFunction {
  const { faults, hangMs = defaultHangMs } = options
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    // Read and removed here, before Vite's proxy runs: the real service never receives it.
    // Removed even where faults are off, so it never travels on from preview either.
    const fault = req.headers[faultHeader]
    delete req.headers[faultHeader]
    const pathname = new URL(req.url ?? '/', 'http://sandbox.invalid').pathname
    if (!isSandboxPath(pathname)) return next()
    if (pathname === apiPath && crossOrigin(req)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Cross-origin request refused')
      return
    }
    const method = req.method ?? 'GET'
    const body = method === 'POST' ? readBody(req) : Promise.resolve(new Uint8Array())
    body
      .then((bytes) => {
        const request: HttpRequestLike = {
          method,
          pathname,
          contentType: req.headers['content-type'],
          body: bytes,
          origin: originOf(req),
        }
        if (!faults) return handleHttp(sandbox, request)
        return answerWithFaults(sandbox, request, Array.isArray(fault) ? fault.join(';') : fault)
      })
      .then((answer) => {
        if (answer === null) return next()
        // A hung request stays open until the client gives up or the cap passes, then is
        // dropped like one that never had an answer.
        if (answer === 'hang') {
          const timer = setTimeout(() => req.socket.destroy(), hangMs)
          res.on('close', () => clearTimeout(timer))
          return
        }
        if (answer === 'drop') return void req.socket.destroy()
        const reply = compressed(req, answer)
        res.writeHead(reply.status, reply.headers).end(reply.body)
      })
      .catch((error: unknown) => next(error))
  }
}

/**
 * Serves the sandbox from `vite` (dev) and `vite preview` on the app's own origin. The sandbox
 * is created on first server start, so `vite build` never touches the data directory, and
 * closed with the server, so the folder is free for the next one (a restart, another run).
 */
export function compshareSandbox(overrides: Partial<SandboxOptions> = {}): Plugin {
  let sandbox: Sandbox | undefined
  /** Servers using it: a restart with an inline config reuses this plugin, so briefly two. */
  let users = 0
  let root = process.cwd()
  const serve = (
    server: ViteDevServer | PreviewServer,
    warn: (message: string) => void,
    options: MiddlewareOptions,
  ) => {
    const settings = options.faults ? overrides : { ...overrides, faults: null }
    let middleware: Connect.NextHandleFunction | undefined
    const start = () => {
      sandbox ??= sandboxFromEnv(process.env, root, warn, settings)
      middleware = sandboxMiddleware(sandbox, options)
      users += 1
      // Vite ends a server that never listened without this event; the exit frees the lock.
      server.httpServer?.once('close', () => {
        if (--users > 0) return
        sandbox?.close()
        sandbox = undefined
      })
    }
    try {
      start()
    } catch (error) {
      // A restart builds the new server before it closes the old one, whose sandbox (from the
      // config's previous evaluation) still has the folder: open it once the new one listens.
      if (!heldByThisProcess(error) || !server.httpServer) throw error
      server.httpServer.once('listening', () => {
        try {
          start()
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error))
        }
      })
    }
    // First of all: a browser's re-send of an X-Request-Once POST is answered here and goes
    // neither to the sandbox nor to Vite's /compshare-api proxy, which runs after plugins'
    // middlewares (ADR 0019).
    server.middlewares.use(requestOnceMiddleware())
    server.middlewares.use((req, res, next) => (middleware ? middleware(req, res, next) : next()))
  }
  return {
    name: 'compshare-sandbox',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      serve(server, (m) => server.config.logger.warn(m), { faults: true })
    },
    configurePreviewServer(server) {
      const warn = (message: string) => server.config.logger.warn(message)
      warnFaultsIgnored(process.env, warn)
      serve(server, warn, { faults: false })
    },
  }
}
