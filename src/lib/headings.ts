export interface Heading {
  depth: number
  text: string
  slug: string
}

/** Slugs as GitHub makes them, unique within one document (`a`, `a-1`, `a-2`). */
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
    return count === 0 ? base : `${base}-${count}`
  }
}

/** Inline markdown reduced to the text a reader sees: `[**a**](u)` → `a`. */
function plainText(inline: string): string {
  return inline
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/<[^>]*>/g, '')
    .trim()
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
    const match = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (!match?.[1] || !match[2]) continue
    // Every heading takes a slug, so later ones match what the renderer gives them.
    const text = plainText(match[2])
    const id = slug(text)
    if (match[1].length <= 3) headings.push({ depth: match[1].length, text, slug: id })
  }
  return headings
}
