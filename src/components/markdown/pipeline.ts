import type { Root } from 'hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

// react-markdown's own pipeline, taken apart so the parsing can run in a worker (ADR 0016).
// Raw HTML is dropped by remark-rehype here, never interpreted: what `skipHtml` did.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype)

/** Markdown (GitHub-flavoured) → the HTML syntax tree the renderer draws. */
export function markdownToHast(source: string): Root {
  return processor.runSync(processor.parse(source))
}
