import { http, HttpResponse, type HttpHandler } from 'msw'
import { coverPathPrefix } from './covers.ts'
import { apiPath, handleHttp, maxBodyBytes } from './http.ts'
import type { Sandbox } from './sandbox.ts'

async function readBody(request: Request): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBodyBytes) return 'too-large'
  const body = new Uint8Array(await request.arrayBuffer())
  return body.byteLength > maxBodyBytes ? 'too-large' : body
}

async function respond(sandbox: Sandbox, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url)
  const reply = handleHttp(sandbox, {
    method: request.method,
    // `*/api` matches any origin, so answer as if the path were exactly ours.
    pathname: pathname.endsWith(apiPath)
      ? apiPath
      : pathname.slice(pathname.indexOf(coverPathPrefix)),
    contentType: request.headers.get('content-type') ?? undefined,
    body: request.method === 'POST' ? await readBody(request) : new Uint8Array(),
  })
  if (!reply) return new HttpResponse(null, { status: 404 })
  const body = typeof reply.body === 'string' ? reply.body : reply.body.slice().buffer
  return new HttpResponse(body, { status: reply.status, headers: reply.headers })
}

/**
 * The same sandbox behind MSW, for tests: POST to a path ending in /api on any origin (jsdom's,
 * or an absolute base URL), and the cover URLs it hands out.
 */
export function sandboxHandlers(sandbox: Sandbox): HttpHandler[] {
  return [
    http.all(`*${apiPath}`, ({ request }) => respond(sandbox, request)),
    http.all(`*${coverPathPrefix}:key`, ({ request }) => respond(sandbox, request)),
  ]
}
