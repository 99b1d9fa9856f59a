import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseReadme } from '@/components/markdown/pipeline'

/** A stand-in for the browser's Worker that answers as src/components/markdown/worker.ts does. */
class FakeWorker {
  static created: FakeWorker[] = []
  static mode: 'answer' | 'fail' | 'crash' = 'answer'
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  received: string[] = []
  terminated = false
  constructor(readonly url: URL) {
    FakeWorker.created.push(this)
  }
  postMessage({ id, source }: { id: number; source: string }) {
    this.received.push(source)
    setTimeout(() => {
      if (FakeWorker.mode === 'crash') return this.onerror?.(new Event('error'))
      const data =
        FakeWorker.mode === 'fail'
          ? { id, error: 'parser broke' }
          : { id, readme: parseReadme(source) }
      this.onmessage?.(new MessageEvent('message', { data }))
    })
  }
  terminate() {
    this.terminated = true
  }
}

describe('readme parsing off the main thread', () => {
  beforeEach(() => {
    vi.resetModules()
    FakeWorker.created = []
    FakeWorker.mode = 'answer'
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => vi.unstubAllGlobals())

  const load = async () => (await import('@/components/markdown/parse')).parseMarkdown

  it('sends the source to one worker and resolves to its tree and headings', async () => {
    const parseMarkdown = await load()
    const [a, b] = await Promise.all([parseMarkdown('# One'), parseMarkdown('*two*')])
    expect(FakeWorker.created).toHaveLength(1)
    expect(FakeWorker.created[0]?.received).toEqual(['# One', '*two*'])
    expect(a).toEqual(parseReadme('# One'))
    expect(b).toEqual(parseReadme('*two*'))
  })

  it('parses on the main thread when the worker dies, for what was waiting and after', async () => {
    FakeWorker.mode = 'crash'
    const parseMarkdown = await load()
    await expect(parseMarkdown('# Waiting')).resolves.toEqual(parseReadme('# Waiting'))
    expect(FakeWorker.created[0]?.terminated).toBe(true)
    await expect(parseMarkdown('# Later')).resolves.toEqual(parseReadme('# Later'))
    expect(FakeWorker.created).toHaveLength(1)
  })

  it('rejects when the worker cannot parse, so the view can show the text as written', async () => {
    FakeWorker.mode = 'fail'
    const parseMarkdown = await load()
    await expect(parseMarkdown('# x')).rejects.toThrow('parser broke')
  })
})
