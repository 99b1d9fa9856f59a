import type { Root } from 'hast'
import type { ParseAnswer, ParseRequest } from './worker'

interface Pending {
  resolve: (tree: Root) => void
  reject: (error: Error) => void
  source: string
}

let worker: Worker | null | undefined
let nextId = 0
const pending = new Map<number, Pending>()

function onMainThread(source: string): Promise<Root> {
  return import('./pipeline').then(({ markdownToHast }) => markdownToHast(source))
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
      if ('tree' in data) job.resolve(data.tree)
      else job.reject(new Error(data.error))
    }
    created.onerror = giveUpWorker
    return created
  } catch {
    return null
  }
}

/** Parses markdown off the main thread when the browser can; resolves to its HTML tree. */
export function parseMarkdown(source: string): Promise<Root> {
  if (worker === undefined) worker = startWorker()
  if (!worker) return onMainThread(source)
  const id = nextId++
  const request: ParseRequest = { id, source }
  const active = worker
  return new Promise<Root>((resolve, reject) => {
    pending.set(id, { resolve, reject, source })
    active.postMessage(request)
  })
}
