import { http, HttpResponse, type HttpHandler } from 'msw'
import { coverPathPrefix } from '../seed/covers.ts'
import { hangMs as defaultHangMs } from '../bounds.ts'
import { apiPath, maxBodyBytes } from './http.ts'
import { appPathPrefix } from './app-pages.ts'
import { answerWithFaults, faultHeader } from '../faults/http-faults.ts'
import type { Sandbox } from '../sandbox.ts'

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

/** A hang ends when the caller aborts or the cap passes, whichever comes first. */
function hang(request: Request, hangMs: number): Promise<Response> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(HttpResponse.error()), hangMs)
    onAbort(request, () => {
      clearTimeout(timer)
      done(HttpResponse.error())
    })
  })
}

/** The path from the sandbox's own prefix on (the handlers match any origin and base). */
function ownPath(pathname: string): string {
  if (pathname.endsWith(apiPath)) return apiPath
  const prefix = [coverPathPrefix, appPathPrefix].find((candidate) => pathname.includes(candidate))
  return prefix ? pathname.slice(pathname.indexOf(prefix)) : pathname
}

async function respond(sandbox: Sandbox, request: Request, hangMs: number): Promise<Response> {
  const { pathname, origin } = new URL(request.url)
  const header = request.headers.get(faultHeader) ?? undefined
  const answer = await answerWithFaults(
    sandbox,
    {
      method: request.method,
      // `*/api` matches any origin, so answer as if the path were exactly ours.
      pathname: ownPath(pathname),
      contentType: request.headers.get('content-type') ?? undefined,
      body: request.method === 'POST' ? await readBody(request) : new Uint8Array(),
      origin,
    },
    header,
  )
  if (!answer) return new HttpResponse(null, { status: 404 })
  if (answer === 'drop') return HttpResponse.error()
  // MSW does not end a pending handler when the caller aborts; `hang` watches for that itself.
  if (answer === 'hang') return hang(request, hangMs)
  const body = typeof answer.body === 'string' ? answer.body : answer.body.slice().buffer
  return new HttpResponse(body, { status: answer.status, headers: answer.headers })
}

/**
 * The same sandbox behind MSW, for tests: POST to a path ending in /api on any origin (jsdom's,
 * or an absolute base URL), and the cover and application URLs it hands out. Faults are always
 * on here; a `hang` lasts at most `hangMs`.
 */
export function sandboxHandlers(
  sandbox: Sandbox,
  { hangMs = defaultHangMs }: { hangMs?: number } = {},
): HttpHandler[] {
  return [
    http.all(`*${apiPath}`, ({ request }) => respond(sandbox, request, hangMs)),
    http.all(`*${coverPathPrefix}:key`, ({ request }) => respond(sandbox, request, hangMs)),
    http.all(`*${appPathPrefix}*`, ({ request }) => respond(sandbox, request, hangMs)),
  ]
}
