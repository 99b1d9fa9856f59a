import { readFileSync } from 'node:fs'
import { pageInitKeysPlugin } from '../../build/page-init-keys'

// public/page-init.js as the browser runs it: a classic script whose tag carries what the
// build gives it (the storage keys, build/page-init-keys.ts; the preload plan).
export const pageInitSource = readFileSync('public/page-init.js', 'utf8')

/** The attributes the build gives the script's tag (build/page-init-keys.ts). */
export function keysOfTag(): Record<string, string> {
  const plugin = pageInitKeysPlugin()
  const transform = plugin.transformIndexHtml as { handler: (html: string) => string }
  const html = transform.handler('<head><script src="/page-init.js"></script></head>')
  const holder = document.createElement('div')
  holder.innerHTML = html.replace('<head>', '').replace('</head>', '')
  return { ...(holder.querySelector('script')?.dataset ?? {}) } as Record<string, string>
}

export function runPageInit(plan?: string, keys: Record<string, string> = keysOfTag()) {
  const script = document.createElement('script')
  Object.assign(script.dataset, keys)
  if (plan !== undefined) script.dataset.preload = plan
  // document.currentScript is what the browser sets while a classic script runs.
  Object.defineProperty(document, 'currentScript', { configurable: true, value: script })
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    ;(new Function(pageInitSource) as () => void)()
  } finally {
    Object.defineProperty(document, 'currentScript', { configurable: true, value: null })
  }
}
