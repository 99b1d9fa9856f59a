import type { Element, Root, RootContent } from 'hast'

/** A heading of a readme, as its parsed tree has it: for the contents list. */
export interface Heading {
  /** 1–6, as written (`#` is 1), before the renderer moves headings one level down. */
  depth: number
  text: string
  /** The id the heading element carries in the same tree. */
  id: string
}

/**
 * Readme ids carry GitHub's prefix (the one remark also gives footnotes), so a heading such as
 * `# location` cannot shadow a global of the page (DOM clobbering: `window.location`…).
 */
export const readmeIdPrefix = 'user-content-'

/** The id remark-rehype gives the footnotes' heading, the one id it leaves unprefixed. */
export const footnoteLabelId = 'footnote-label'

/** A `#fragment` link inside a readme, pointed at the prefixed id it means. */
export function readmeFragment(href: string): string {
  const target = href.slice(1)
  return `#${target.startsWith(readmeIdPrefix) ? target : readmeIdPrefix + target}`
}

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/** What a reader sees of a node, without footnote references (`Usage[^1]` lists as `Usage`). */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.properties.dataFootnoteRef) return ''
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

function collect(node: Root | Element, headings: Heading[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const id = child.properties.id
    if (headingTags.includes(child.tagName)) {
      // Only headings with a readme id: not the footnotes' own, which says "Footnotes".
      if (
        typeof id === 'string' &&
        id.startsWith(readmeIdPrefix) &&
        !child.properties.dataFootnoteLabel
      ) {
        headings.push({ depth: Number(child.tagName.slice(1)), text: textOf(child).trim(), id })
      }
    } else collect(child, headings)
  }
}

/**
 * Every heading of a readme's HTML tree (block quotes and lists included), in document order,
 * with the id that tree gives it: the contents list and the headings cannot disagree.
 */
export function readmeHeadings(tree: Root): Heading[] {
  const headings: Heading[] = []
  collect(tree, headings)
  return headings
}
