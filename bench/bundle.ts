// Bundle budget (issue 9): the JavaScript a first visit loads before the list page can render,
// i.e. the entry chunk and everything it imports statically, gzip-compressed, must stay within
// the budget; the named heavy features must sit in lazy chunks of their own.
// Run after `vite build`: node scripts/run-ts.js bench/bundle.ts [outDir]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const budgetBytes = 120 * 1024
/** Source modules that must not be in the first visit's chunks: each is loaded when needed. */
const lazyFeatures: Record<string, string> = {
  'markdown renderer': 'src/components/markdown/markdown-view.tsx',
  'publish wizard': 'src/features/publish/publish-page.tsx',
  'cover cropper': 'src/features/publish/cover-cropper.tsx',
  settings: 'src/features/settings/settings-page.tsx',
}

/** The lazy chunks the list page loads before it can paint, in the default language. */
const listPageChunks = ['src/features/browse/browse-page.tsx', 'src/i18n/zh.ts']

interface Chunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

let outDir = 'dist'
let manifest: Record<string, Chunk> = {}

export function main(args: string[]): number {
  outDir = args[0] ?? 'dist'
  manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >
  return report()
}

const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length

function staticClosure(keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    manifest[key]?.imports?.forEach(visit)
  }
  keys.forEach(visit)
  return seen
}

function report(): number {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  const initial = staticClosure(entries)
  const rows = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => ({
      chunk: chunk.file.replace(/^assets\//, ''),
      source: chunk.src ?? key,
      loaded: initial.has(key) ? 'first visit' : 'when needed',
      gzip: gzipped(chunk.file),
    }))
    .sort((a, b) => a.loaded.localeCompare(b.loaded) || b.gzip - a.gzip)

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log('JavaScript chunks (gzip -9):')
  console.table(rows.map((row) => ({ ...row, gzip: kb(row.gzip) })))

  const total = rows
    .filter((row) => row.loaded === 'first visit')
    .reduce((sum, r) => sum + r.gzip, 0)
  const problems: string[] = []
  console.log(`First visit (entry + static imports): ${kb(total)} of ${kb(budgetBytes)} budget`)
  if (total > budgetBytes) problems.push(`first visit loads ${kb(total)}, over ${kb(budgetBytes)}`)

  // Not budgeted, printed so it is seen: what the list page also waits for before it paints.
  const listPage = staticClosure([...entries, ...listPageChunks])
  const listTotal = [...listPage].reduce((sum, key) => sum + gzipped(manifest[key]?.file ?? ''), 0)
  console.log(
    `List page, all JavaScript before its first paint (+ route, zh catalogue): ${kb(listTotal)}`,
  )

  for (const [name, source] of Object.entries(lazyFeatures)) {
    const chunk = manifest[source]
    const lazy = chunk?.isDynamicEntry === true && !initial.has(source)
    console.log(`${lazy ? 'ok  ' : 'FAIL'} ${name} is a lazy chunk (${source})`)
    if (!lazy) problems.push(`${name} (${source}) is not a lazy chunk of its own`)
  }

  if (problems.length > 0) {
    console.error(`Bundle budget exceeded:\n- ${problems.join('\n- ')}`)
    return 1
  }
  return 0
}
