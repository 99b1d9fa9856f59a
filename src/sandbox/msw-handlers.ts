import { http, HttpResponse, type HttpHandler } from 'msw'
import { coverPathPrefix } from './covers.ts'
import { apiPath, maxBodyBytes } from './http.ts'
import { answerWithFaults, faultHeader } from './http-faults.ts'
import type { Sandbox } from './sandbox.ts'

async function readBody(request: Request): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBodyBytes) return 'too-large'
  const body = new Uint8Array(await request.arrayBuffer())
  return body.byteLength > maxBodyBytes ? 'too-large' : body
}

function onAbort(request: Request, then: () => void) {
  if (request.signal.aborted) then()
  else request.signal.addEventListener('abort', then, { once: true })
}

async function respond(sandbox: Sandbox, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url)
  const header = request.headers.get(faultHeader) ?? undefined
  const answer = await answerWithFaults(
    sandbox,
    {
      method: request.method,
      // `*/api` matches any origin, so answer as if the path were exactly ours.
      pathname: pathname.endsWith(apiPath)
        ? apiPath
        : pathname.slice(pathname.indexOf(coverPathPrefix)),
      contentType: request.headers.get('content-type') ?? undefined,
      body: request.method === 'POST' ? await readBody(request) : new Uint8Array(),
    },
    header,
  )
  if (!answer) return new HttpResponse(null, { status: 404 })
  if (answer === 'drop') return HttpResponse.error()
  // MSW does not end a pending handler when the caller aborts; this one waits for exactly that.
  if (answer === 'hang')
    return new Promise<Response>((done) => onAbort(request, () => done(HttpResponse.error())))
  const body = typeof answer.body === 'string' ? answer.body : answer.body.slice().buffer
  return new HttpResponse(body, { status: answer.status, headers: answer.headers })
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
