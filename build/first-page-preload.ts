import type { IndexHtmlTransformContext, Plugin, Rolldown } from 'vite'
import { groupPath, listPath } from '../src/app/first-pages.ts'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

/**
 * What each page a visit can open on needs besides the entry: the route's chunk and the
 * schema its first request is checked with. The paths are the ones src/app/first-request.ts
 * sends a request for.
 */
const firstPages: { path: string; sources: string[] }[] = [
  {
    path: listPath.source,
    sources: ['src/features/browse/browse-page.tsx', 'src/api/actions/community-images-schema.ts'],
  },
  {
    path: groupPath.source,
    sources: [
      'src/features/image-detail/image-detail-page.tsx',
      'src/api/actions/community-images-schema.ts',
    ],
  },
]
const catalogues = { zh: 'src/i18n/zh.ts', en: 'src/i18n/en.ts' }

export interface PreloadPlan {
  /** The entry that sends the first page's request (src/app/start-first-request.ts). */
  first: string
  routes: [path: string, files: string[]][]
  zh: string[]
  en: string[]
}

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
}

function appEntry(bundle: OutputBundle): OutputChunk {
  const entry = chunksOf(bundle).find((chunk) => chunk.isEntry && chunk.name === 'index')
  if (!entry) throw new Error('first-page preload: the bundle has no entry chunk')
  return entry
}

/**
 * The chunk of src/app/start-first-request.ts. It must not import the app's entry, or it
 * would wait for it and send nothing early: the build fails if it does.
 */
export function firstRequestEntry(bundle: OutputBundle): string {
  const chunk = chunksOf(bundle).find((item) =>
    item.facadeModuleId?.endsWith('src/app/start-first-request.ts'),
  )
  if (!chunk) throw new Error('first-page preload: no chunk for src/app/start-first-request.ts')
  const entry = appEntry(bundle)
  const reaches = (fileName: string, seen = new Set<string>()): boolean => {
    if (fileName === entry.fileName) return true
    if (seen.has(fileName)) return false
    seen.add(fileName)
    const item = bundle[fileName]
    return item?.type === 'chunk' && item.imports.some((next) => reaches(next, seen))
  }
  if (chunk.imports.some((fileName) => reaches(fileName)))
    throw new Error(
      'first-page preload: the first request imports the app entry (build/first-request-modules.ts should have kept its modules in one chunk)',
    )
  return `/${chunk.fileName}`
}

/** The chunks `sources` load, with everything they import that the entry does not already. */
export function chunksFor(bundle: OutputBundle, sources: string[]): string[] {
  const chunks = chunksOf(bundle)
  const entry = appEntry(bundle)
  const skip = new Set([entry.fileName, ...entry.imports])
  const files = new Set<string>()
  const add = (fileName: string) => {
    if (skip.has(fileName) || files.has(fileName)) return
    files.add(fileName)
    const chunk = bundle[fileName]
    if (chunk?.type === 'chunk') chunk.imports.forEach(add)
  }
  for (const source of sources) {
    const chunk = chunks.find((item) => item.facadeModuleId?.endsWith(source))
    if (!chunk) throw new Error(`first-page preload: no chunk for ${source}`)
    add(chunk.fileName)
  }
  return [...files].map((fileName) => `/${fileName}`)
}

export function preloadPlan(bundle: OutputBundle): PreloadPlan {
  return {
    first: firstRequestEntry(bundle),
    routes: firstPages.map(({ path, sources }) => [path, chunksFor(bundle, sources)]),
    zh: chunksFor(bundle, [catalogues.zh]),
    en: chunksFor(bundle, [catalogues.en]),
  }
}

/**
 * Hands public/page-init.js the chunks the page being opened needs, so it can ask for them
 * from the HTML's head: they download beside the entry instead of after it has run, and the
 * entry does not spend its first task adding the links itself (ADR 0016).
 */
export function firstPagePreloadPlugin(): Plugin {
  return {
    name: 'compshare-first-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html: string, context: IndexHtmlTransformContext) {
        if (!context.bundle) return html
        const tag = '<script src="/page-init.js"'
        if (!html.includes(tag)) throw new Error(`first-page preload: index.html has no ${tag}>`)
        const plan = JSON.stringify(preloadPlan(context.bundle)).replaceAll("'", '&#39;')
        return html.replace(tag, `${tag} data-preload='${plan}'`)
      },
    },
  }
}
