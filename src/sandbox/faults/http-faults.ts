import {
  apiPath,
  handleHttp,
  json,
  parseFields,
  type HttpReply,
  type HttpRequestLike,
} from '../http/http.ts'
import { FaultSpecError, faultEnvNames, parseFaultSpec, type FaultFailure } from './faults.ts'
import { RetCode } from '../actions/errors.ts'
import { actionNames, type Sandbox } from '../sandbox.ts'

/**
 * Dev-only: a request carrying this header gets these faults instead of the server's. Only the
 * sandbox reads it; the Vite plugin removes it from every request, so the /compshare-api proxy
 * never passes it to the real service.
 */
export const faultHeader = 'x-sandbox-fault'

/** The SANDBOX_FAULT_* variables set (not empty) in `env`. */
export function faultVariablesSet(env: NodeJS.ProcessEnv): string[] {
  return Object.values(faultEnvNames).filter((name) => env[name] !== undefined && env[name] !== '')
}

/**
 * What a server that injects no faults (`vite preview`) says up front when SANDBOX_FAULT_*
 * variables are set: that they are ignored. It does not read them, so a bad one cannot stop it.
 */
export function warnFaultsIgnored(env: NodeJS.ProcessEnv, warn: (message: string) => void): void {
  const ignored = faultVariablesSet(env)
  if (ignored.length > 0) {
    warn(`${ignored.join(', ')} ignored: faults are injected only by \`npm run dev\` and tests`)
  }
}

/** An HTTP answer, or one of the two failures that have none. */
export type SandboxAnswer = HttpReply | 'hang' | 'drop'

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

function failed(failure: FaultFailure, action: string, real: HttpReply | null): SandboxAnswer {
  const message = `Sandbox fault: ${failure.kind}`
  switch (failure.kind) {
    case 'hang':
    case 'drop':
      return failure.kind
    case 'status':
      // What a gateway in front of the service would say: plain text, no RetCode.
      return {
        status: failure.status ?? 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        body: `${message} (HTTP ${failure.status})`,
      }
    case 'retcode':
      return json(200, {
        Action: `${action}Response`,
        RetCode: failure.retCode,
        Message: `${message} (RetCode ${failure.retCode})`,
      })
    case 'malformed': {
      const whole = real ?? json(200, {})
      const text = typeof whole.body === 'string' ? whole.body : ''
      const body =
        failure.form === 'truncated' ? text.slice(0, Math.floor(text.length / 2)) : '<html>oops'
      return { ...whole, status: 200, body }
    }
  }
}

/**
 * `handleHttp` with the faults in force (the request's X-Sandbox-Fault, else the sandbox's):
 * waits the added latency, then answers, fails instead, or handles first and fails after
 * (`processed`, and always for `truncated`). Only POST /api is affected. Null when the path is
 * not the sandbox's.
 */
export async function answerWithFaults(
  sandbox: Sandbox,
  request: HttpRequestLike,
  header: string | undefined,
): Promise<SandboxAnswer | null> {
  if (request.pathname !== apiPath || request.method !== 'POST' || request.body === 'too-large') {
    return handleHttp(sandbox, request)
  }
  let spec
  try {
    spec = header === undefined ? sandbox.faults.current() : parseFaultSpec(header, actionNames)
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error
    const message = `X-Sandbox-Fault: ${error.message}`
    return json(400, { Action: 'Response', RetCode: RetCode.invalidParameter, Message: message })
  }
  if (!spec) return handleHttp(sandbox, request)
  const action = parseFields(request.body, request.contentType)?.Action
  const plan = sandbox.faults.plan(spec, action)
  if (plan.latencyMs > 0) await sleep(plan.latencyMs)
  if (!plan.failure) return handleHttp(sandbox, request)
  // Half an answer needs a whole one first: a truncated answer means the request was handled.
  const truncated = plan.failure.kind === 'malformed' && plan.failure.form === 'truncated'
  const real = plan.processed || truncated ? handleHttp(sandbox, request) : null
  return failed(plan.failure, action ?? '', real)
}
