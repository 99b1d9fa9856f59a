import { randomUUID } from 'node:crypto'
import { encodeParams } from '../../api/signature.ts'
import {
  coverPathPrefix,
  coverTypes,
  parseCoverKey,
  renderBadgeSvg,
  renderCoverSvg,
} from '../seed/covers.ts'
import { maxBodyBytes, maxFields } from '../bounds.ts'
import { RetCode } from '../actions/errors.ts'
import type { Fields } from '../actions/params.ts'
import type { Sandbox } from '../sandbox.ts'
import { appPage, appPathPrefix } from './app-pages.ts'

export { maxBodyBytes }
export const apiPath = '/api'

/** A request as either adapter sees it, reduced to what the sandbox needs. */
export interface HttpRequestLike {
  method: string
  pathname: string
  contentType: string | undefined
  /** The body, or 'too-large' once the adapter has seen more than maxBodyBytes. */
  body: Uint8Array | 'too-large'
  /** Scheme and host the request came to: covers in answers are whole URLs on it. */
  origin?: string | undefined
}

export interface HttpReply {
  status: number
  headers: Record<string, string>
  body: string | Uint8Array
}

export function isSandboxPath(pathname: string): boolean {
  return (
    pathname === apiPath ||
    pathname.startsWith(coverPathPrefix) ||
    pathname.startsWith(appPathPrefix)
  )
}

export function json(status: number, body: Record<string, unknown>, headers = {}): HttpReply {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-UCLOUD-REQUEST-UUID': randomUUID(),
      ...headers,
    },
    body: JSON.stringify(body),
  }
}

/** Form-urlencoded as the SDKs send it; JSON (flat or nested) flattened the same way. */
export function parseFields(body: Uint8Array, contentType: string | undefined): Fields | null {
  const text = new TextDecoder().decode(body)
  if (!/[/+]json\b/i.test(contentType ?? '')) return Object.fromEntries(new URLSearchParams(text))
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
    return encodeParams(parsed as Record<string, unknown>)
  } catch {
    return null
  }
}

function cover(sandbox: Sandbox, key: string, method: string): HttpReply {
  const extension = parseCoverKey(key)
  let body: string | Uint8Array | null = null
  let immutable = false
  if (extension === 'svg') {
    const spec = sandbox.generatedCover(key)
    const badge = /^qr-([0-9a-f]{8})\.svg$/.exec(key)
    if (spec) body = renderCoverSvg(spec)
    else if (badge) body = renderBadgeSvg(parseInt(badge[1] ?? '0', 16))
  } else if (extension) {
    body = sandbox.readCover(key)
    immutable = true
  }
  if (body === null || !extension) {
    return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'No such cover' }
  }
  return {
    status: 200,
    headers: {
      'Content-Type': coverTypes[extension],
      // Uploads are named by their content; seeded covers change when the sandbox is reset.
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
    body: method === 'HEAD' ? '' : body,
  }
}

/** The whole HTTP surface, shared by the Vite and MSW adapters; null when the path is not ours. */
export function handleHttp(sandbox: Sandbox, request: HttpRequestLike): HttpReply | null {
  const { method, pathname } = request
  if (pathname.startsWith(coverPathPrefix)) {
    if (method !== 'GET' && method !== 'HEAD') {
      return { status: 405, headers: { Allow: 'GET, HEAD' }, body: '' }
    }
    return cover(sandbox, pathname.slice(coverPathPrefix.length), method)
  }
  if (pathname.startsWith(appPathPrefix)) {
    if (method !== 'GET' && method !== 'HEAD') {
      return { status: 405, headers: { Allow: 'GET, HEAD' }, body: '' }
    }
    return appPage(sandbox, pathname.slice(appPathPrefix.length), method)
  }
  if (pathname !== apiPath) return null
  const refuse = (status: number, message: string, headers = {}) =>
    json(
      status,
      { Action: 'Response', RetCode: RetCode.invalidParameter, Message: message },
      headers,
    )
  if (method !== 'POST') return refuse(405, `Use POST for ${apiPath}`, { Allow: 'POST' })
  if (request.body === 'too-large') return refuse(413, 'Request body exceeds 8 MB')
  const fields = parseFields(request.body, request.contentType)
  if (!fields) return refuse(200, 'Request body is not valid JSON: send an object')
  // Before the signature check, which would sort every one of them.
  const count = Object.keys(fields).length
  if (count > maxFields) {
    return json(200, {
      Action: `${fields.Action ?? ''}Response`,
      RetCode: RetCode.invalidParameter,
      Message: `Too many parameters: ${count} sent, at most ${maxFields} allowed`,
    })
  }
  const reply = sandbox.handle(fields, request.origin)
  return json(reply.status, reply.body, reply.headers)
}
