import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { markdownToHast } from '@/components/markdown/pipeline'
import { withSafeUrls } from '@/components/markdown/safe-tree'

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
          : { id, tree: markdownToHast(source) }
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

  it('sends the source to one worker and resolves to its tree', async () => {
    const parseMarkdown = await load()
    const [a, b] = await Promise.all([parseMarkdown('# One'), parseMarkdown('*two*')])
    expect(FakeWorker.created).toHaveLength(1)
    expect(FakeWorker.created[0]?.received).toEqual(['# One', '*two*'])
    expect(a).toEqual(markdownToHast('# One'))
    expect(b).toEqual(markdownToHast('*two*'))
  })

  it('parses on the main thread when the worker dies, for what was waiting and after', async () => {
    FakeWorker.mode = 'crash'
    const parseMarkdown = await load()
    await expect(parseMarkdown('# Waiting')).resolves.toEqual(markdownToHast('# Waiting'))
    expect(FakeWorker.created[0]?.terminated).toBe(true)
    await expect(parseMarkdown('# Later')).resolves.toEqual(markdownToHast('# Later'))
    expect(FakeWorker.created).toHaveLength(1)
  })

  it('rejects when the worker cannot parse, so the view can show the text as written', async () => {
    FakeWorker.mode = 'fail'
    const parseMarkdown = await load()
    await expect(parseMarkdown('# x')).rejects.toThrow('parser broke')
  })
})

describe('addresses in the parsed tree', () => {
  it('keep http(s), paths and in-readme fragments; lose every other scheme, on any element', () => {
    const tree = withSafeUrls({
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '#usage' }, children: [] },
        {
          type: 'element',
          tagName: 'a',
          properties: { href: 'javascript:alert(1)' },
          children: [],
        },
        { type: 'element', tagName: 'img', properties: { src: '/covers/a.png' }, children: [] },
        {
          type: 'element',
          tagName: 'iframe',
          properties: { src: 'data:text/html,<script>1</script>' },
          children: [],
        },
        {
          type: 'element',
          tagName: 'blockquote',
          properties: { cite: 'https://example.com/q' },
          children: [],
        },
      ],
    })
    expect(tree.children.map((node) => (node.type === 'element' ? node.properties : null))).toEqual(
      [
        { href: '#user-content-usage' },
        {},
        { src: '/covers/a.png' },
        {},
        { cite: 'https://example.com/q' },
      ],
    )
  })
})
