import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { Connect, Plugin } from 'vite'
import {
  apiPath,
  isSandboxPath,
  maxBodyBytes,
  type HttpReply,
  type HttpRequestLike,
} from './http.ts'
import { answerWithFaults, faultHeader } from './http-faults.ts'
import { sandboxFromEnv } from './env.ts'
import type { Sandbox, SandboxOptions } from './sandbox.ts'

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

/** Connect middleware serving the sandbox (POST /api and cover URLs); anything else goes on. */
export function sandboxMiddleware(sandbox: Sandbox): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    // Read and removed here, before Vite's proxy runs: the real service never receives it.
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
        }
        return answerWithFaults(sandbox, request, Array.isArray(fault) ? fault.join(';') : fault)
      })
      .then((answer) => {
        if (answer === null) return next()
        // A hung request stays open until the client gives up; a dropped one gets no answer.
        if (answer === 'hang') return
        if (answer === 'drop') return void req.socket.destroy()
        const reply = compressed(req, answer)
        res.writeHead(reply.status, reply.headers).end(reply.body)
      })
      .catch((error: unknown) => next(error))
  }
}

/**
 * Serves the sandbox from `vite` (dev) and `vite preview` on the app's own origin. The sandbox
 * is created on first server start, so `vite build` never touches the data directory.
 */
export function compshareSandbox(overrides: Partial<SandboxOptions> = {}): Plugin {
  let sandbox: Sandbox | undefined
  let root = process.cwd()
  const instance = (warn: (message: string) => void) => {
    sandbox ??= sandboxFromEnv(process.env, root, warn, overrides)
    return sandbox
  }
  return {
    name: 'compshare-sandbox',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(sandboxMiddleware(instance((m) => server.config.logger.warn(m))))
    },
    configurePreviewServer(server) {
      server.middlewares.use(sandboxMiddleware(instance((m) => server.config.logger.warn(m))))
    },
  }
}
