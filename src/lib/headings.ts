export interface Heading {
  depth: number
  text: string
  slug: string
}

/**
 * Readme ids carry GitHub's prefix (the one remark also gives footnotes), so a heading such as
 * `# location` cannot shadow a global of the page (DOM clobbering: `window.location`…).
 */
export const readmeIdPrefix = 'user-content-'

/** A `#fragment` link inside a readme, pointed at the prefixed id it means. */
export function readmeFragment(href: string): string {
  const target = href.slice(1)
  return `#${target.startsWith(readmeIdPrefix) ? target : readmeIdPrefix + target}`
}

/** Slugs as GitHub makes them, prefixed, unique within one document (`a`, `a-1`, `a-2`). */
export function createSlugger() {
  const seen = new Map<string, number>()
  return (text: string): string => {
    const base =
      text
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s+/g, '-') || 'section'
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return readmeIdPrefix + (count === 0 ? base : `${base}-${count}`)
  }
}

/**
 * Inline markdown reduced to the text a reader sees: `[**a**](u)` → `a`. Readmes are untrusted:
 * no pattern here may backtrack across a long line (each stops at the next bracket or `<`).
 */
function plainText(inline: string): string {
  return inline
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/<[^<>]*>/g, '')
    .trim()
}

/** A heading line's text without its optional closing `#` sequence (`## A ##` → `A`). */
function headingContent(rest: string): string {
  const text = rest.trim()
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end--
  return end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t'
    ? text.slice(0, end).trim()
    : text
}

/** Level 1–3 ATX headings outside code fences, in document order, for a table of contents. */
export function extractHeadings(markdown: string): Heading[] {
  const slug = createSlugger()
  const headings: Heading[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1][0] ?? ''
      if (fence === null) fence = marker
      else if (fence === marker) fence = null
      continue
    }
    if (fence !== null) continue
    // Linear on purpose: the former `\s+(.+?)\s*#*\s*$` took minutes on a line of spaces.
    const match = /^ {0,3}(#{1,6})[ \t]/.exec(line)
    const content = match?.[1] ? headingContent(line.slice(match[0].length)) : ''
    if (!match?.[1] || !content) continue
    // Every heading takes a slug, so later ones match what the renderer gives them.
    const text = plainText(content)
    const id = slug(text)
    if (match[1].length <= 3) headings.push({ depth: match[1].length, text, slug: id })
  }
  return headings
}
