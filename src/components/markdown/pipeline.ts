import type { Root } from 'hast'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { footnoteLabelId, readmeHeadings, readmeIdPrefix, type Heading } from '@/lib/headings'

/** A readme's HTML tree, and its headings read from that tree. */
export interface ParsedReadme {
  tree: Root
  headings: Heading[]
}

/** The footnotes' heading takes the readme prefix too, and a mark the renderer knows it by. */
function footnoteLabel() {
  return (tree: Root) => {
    for (const section of tree.children) {
      if (section.type !== 'element' || !section.properties.dataFootnotes) continue
      for (const heading of section.children) {
        if (heading.type !== 'element' || heading.properties.id !== footnoteLabelId) continue
        heading.properties.id = readmeIdPrefix + footnoteLabelId
        heading.properties.dataFootnoteLabel = true
      }
    }
  }
}

// react-markdown's own pipeline up to the HTML tree, run in a worker (ADR 0016, ADR 0021);
// react-markdown draws the tree on the page. Raw HTML is dropped by remark-rehype here, never
// interpreted. Headings get GitHub's ids (github-slugger), with the readme prefix.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSlug, { prefix: readmeIdPrefix })
  .use(footnoteLabel)

/** Markdown (GitHub-flavoured) → the HTML syntax tree the renderer draws, and its headings. */
export function parseReadme(source: string): ParsedReadme {
  const tree = processor.runSync(processor.parse(source))
  return { tree, headings: readmeHeadings(tree) }
}
