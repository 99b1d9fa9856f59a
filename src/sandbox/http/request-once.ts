/**
 * The request-once guard (ADR 0019). Chromium sends a POST again by itself when a reused
 * keep-alive connection closes before any answer (once per idle connection: one click, seven
 * publishes). The app marks a call that must not repeat with `X-Request-Once: <32 hex>`; the
 * first arrival of an id goes on and its answer is kept, and a later arrival of the same id
 * never goes on: it gets that answer, or, when there was none, HTTP 409 `replayed-lost`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Connect } from 'vite'

export const onceHeader = 'x-request-once'
/** The value of the header on an answer given to a re-send whose first answer was lost. */
export const replayedLost = 'replayed-lost'
/** RetCode of that 409: not one of the service's. */
export const replayedLostRetCode = 409_001
export const replayedLostMessage =
  'This request was already sent once (X-Request-Once); its first answer was lost, so it was not sent again'

const validId = /^[0-9a-f]{32}$/

export interface RequestOnceOptions {
  /** Ids remembered at most; the oldest is forgotten first. */
  maxIds?: number
  /** A larger answer is not kept; a re-send of it gets the 409. */
  maxAnswerBytes?: number
  /** All kept answers together at most; the oldest are forgotten first. */
  maxTotalBytes?: number
  /** How long an id is remembered. */
  ttlMs?: number
  now?: () => number
}

interface Answer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

interface Entry {
  at: number
  /** Settles when the first arrival's answer is complete (the answer) or lost (null). */
  done: Promise<Answer | null>
  bytes: number
}

// Not replayed as they came: Node frames the kept body itself.
const hopHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length'])

const headerText = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

/** Headers as `writeHead` takes them (an object, `[name, value]` pairs or a flat list). */
function headerRecord(value: object): Record<string, string | string[]> {
  let pairs: unknown[][]
  if (!Array.isArray(value)) pairs = Object.entries(value)
  else {
    const list = value as unknown[]
    pairs = Array.isArray(list[0])
      ? (list as unknown[][])
      : Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]])
  }
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of pairs) {
    if (value === undefined) continue
    out[headerText(name).toLowerCase()] = Array.isArray(value)
      ? value.map(headerText)
      : headerText(value)
  }
  return out
}

/**
 * Watches what the next middleware writes to `res`: the answer once `end` is called (null when
 * it grows past `maxBytes`), or null when the response closes before that (a dropped socket).
 */
function capture(res: ServerResponse, maxBytes: number): Promise<Answer | null> {
  return new Promise((settle) => {
    const chunks: Buffer[] = []
    let size = 0
    let headers: Record<string, string | string[]> = {}
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array)
      size += buffer.length
      if (size <= maxBytes) chunks.push(buffer)
      else chunks.length = 0
    }
    type Call<R> = (...args: unknown[]) => R
    const writeHead = res.writeHead.bind(res) as Call<ServerResponse>
    const write = res.write.bind(res) as Call<boolean>
    const end = res.end.bind(res) as Call<ServerResponse>
    res.writeHead = (...args: unknown[]) => {
      const last = args.at(-1)
      if (args.length > 1 && typeof last === 'object' && last !== null) headers = headerRecord(last)
      return writeHead(...args)
    }
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1])
      return write(...args)
    }) as typeof res.write
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1])
      const all = { ...headerRecord(res.getHeaders()), ...headers }
      for (const name of hopHeaders) delete all[name]
      const body = Buffer.concat(chunks)
      settle(size <= maxBytes ? { status: res.statusCode, headers: all, body } : null)
      return end(...args)
    }) as typeof res.end
    res.on('close', () => settle(null))
  })
}

function answerAgain(res: ServerResponse, answer: Answer | null): void {
  if (res.destroyed) return
  if (answer) {
    res.writeHead(answer.status, { ...answer.headers, [onceHeader]: 'replayed' }).end(answer.body)
    return
  }
  const body = JSON.stringify({ RetCode: replayedLostRetCode, Message: replayedLostMessage })
  res.writeHead(409, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    [onceHeader]: replayedLost,
  })
  res.end(body)
}

/** Connect middleware: install it in front of everything that handles a POST. */
export function requestOnceMiddleware(options: RequestOnceOptions = {}) {
  const {
    maxIds = 2000,
    maxAnswerBytes = 64 * 1024,
    maxTotalBytes = 8 * 1024 * 1024,
    ttlMs = 10 * 60_000,
    now = Date.now,
  } = options
  // In arrival order, so the oldest are first.
  const entries = new Map<string, Entry>()
  let totalBytes = 0
  const forget = (id: string) => {
    totalBytes -= entries.get(id)?.bytes ?? 0
    entries.delete(id)
  }
  const trim = () => {
    for (const [id, entry] of entries) {
      const over = entries.size > maxIds || totalBytes > maxTotalBytes
      if (!over && now() - entry.at < ttlMs) break
      forget(id)
    }
  }

  const middleware: Connect.NextHandleFunction = (
    req: IncomingMessage,
    res: ServerResponse,
    next: Connect.NextFunction,
  ) => {
    const raw = req.headers[onceHeader]
    // Never passed on, valid or not: the sandbox and the real service have no use for it.
    delete req.headers[onceHeader]
    if (req.method !== 'POST' || typeof raw !== 'string' || !validId.test(raw)) return next()
    const known = entries.get(raw)
    if (known && now() - known.at < ttlMs) {
      req.resume() // the body is not needed; read it so the connection stays usable
      void known.done.then((answer) => answerAgain(res, answer))
      return
    }
    if (known) forget(raw)
    const entry: Entry = { at: now(), done: capture(res, maxAnswerBytes), bytes: 0 }
    entries.set(raw, entry)
    trim()
    void entry.done.then((answer) => {
      if (entries.get(raw) !== entry) return
      entry.bytes = answer ? answer.body.length : 0
      totalBytes += entry.bytes
      trim()
    })
    next()
  }
  return Object.assign(middleware, {
    /** Ids remembered now, and the bytes of their kept answers (for tests). */
    size: () => ({ ids: entries.size, bytes: totalBytes }),
  })
}
