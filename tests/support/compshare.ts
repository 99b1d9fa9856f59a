import { http, HttpResponse } from 'msw'
import type { TestSandbox } from './sandbox'

export interface ProxiedCall {
  /** The form fields exactly as the app posted them. */
  fields: Record<string, string>
  requestId: string | undefined
}

/**
 * Plays api.compshare.cn behind the app's same-origin proxy path: a sandbox (with its own state,
 * so a different "platform" from the sandbox mode's) answers every POST to /compshare-api, and
 * each call is recorded.
 */
export function compshareService(service: TestSandbox) {
  const calls: ProxiedCall[] = []
  const handlers = [
    http.post('*/compshare-api', async ({ request }) => {
      const fields = Object.fromEntries(new URLSearchParams(await request.text()))
      const reply = service.sandbox.handle(fields)
      calls.push({ fields, requestId: reply.headers['X-UCLOUD-REQUEST-UUID'] })
      return HttpResponse.json(reply.body, { status: reply.status, headers: reply.headers })
    }),
  ]
  return { calls, handlers }
}

/** Records the Action of every POST to the sandbox's /api, then lets the sandbox answer it. */
export function sandboxSpy() {
  const actions: string[] = []
  const handlers = [
    http.post('*/api', async ({ request }) => {
      actions.push(new URLSearchParams(await request.clone().text()).get('Action') ?? '')
      return undefined
    }),
  ]
  return { actions, handlers }
}
