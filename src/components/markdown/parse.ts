import type { ParsedReadme } from './pipeline'
import type { ParseAnswer, ParseRequest } from './worker'

interface Pending {
  resolve: (readme: ParsedReadme) => void
  reject: (error: Error) => void
  source: string
}

let worker: Worker | null | undefined
let nextId = 0
const pending = new Map<number, Pending>()

function onMainThread(source: string): Promise<ParsedReadme> {
  return import('./pipeline').then(({ parseReadme }) => parseReadme(source))
}

/** Without a worker (an old browser, jsdom) or when it fails, parsing happens here instead. */
function giveUpWorker(): void {
  worker?.terminate()
  worker = null
  const waiting = [...pending.values()]
  pending.clear()
  for (const job of waiting) onMainThread(job.source).then(job.resolve, job.reject)
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null
  try {
    const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
    created.onmessage = ({ data }: MessageEvent<ParseAnswer>) => {
      const job = pending.get(data.id)
      pending.delete(data.id)
      if (!job) return
      if ('readme' in data) job.resolve(data.readme)
      else job.reject(new Error(data.error))
    }
    created.onerror = giveUpWorker
    return created
  } catch {
    return null
  }
}

/** Parses markdown off the main thread when the browser can: its HTML tree and headings. */
export function parseMarkdown(source: string): Promise<ParsedReadme> {
  if (worker === undefined) worker = startWorker()
  if (!worker) return onMainThread(source)
  const id = nextId++
  const request: ParseRequest = { id, source }
  const active = worker
  return new Promise<ParsedReadme>((resolve, reject) => {
    pending.set(id, { resolve, reject, source })
    active.postMessage(request)
  })
}
