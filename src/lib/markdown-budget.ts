/**
 * Readmes come from other people. The markdown parser's time grows faster than the text with
 * nesting (a 500-level list took a minute) and with unpaired emphasis markers (`*a` 20,000
 * times took 20 s), so a readme past these limits is shown as plain text, never parsed.
 * A real readme stays far below them.
 */
export const markdownBudget = {
  /** Characters; the publish form allows 64 KB. */
  length: 128 * 1024,
  /** Lists and quotes inside one another, estimated per line from its leading markers. */
  depth: 32,
  /** Runs of `*`, `_` or `~` the parser has to try to pair. */
  delimiters: 5_000,
} as const

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'
const isGap = (char: string | undefined) => char === ' ' || char === '\t' || char === undefined

/** Quote and list markers plus indentation (two columns a level) at the start of a line. */
function lineDepth(line: string): number {
  let markers = 0
  let columns = 0
  let i = 0
  while (i < line.length) {
    const char = line[i]
    if (char === ' ') columns += 1
    else if (char === '\t') columns += 4
    else if (char === '>') markers += 1
    else if ((char === '-' || char === '+' || char === '*') && isGap(line[i + 1])) markers += 1
    else if (isDigit(char)) {
      let end = i
      while (isDigit(line[end]) && end - i < 9) end++
      if ((line[end] !== '.' && line[end] !== ')') || !isGap(line[end + 1])) break
      markers += 1
      i = end
    } else break
    i++
  }
  // Indentation alone (indented code, a line of spaces) nests nothing.
  return markers === 0 ? 0 : markers + Math.floor(columns / 2)
}

/** Whether `source` may go to the markdown parser; otherwise show it as plain text. */
export function fitsMarkdownBudget(source: string): boolean {
  if (source.length > markdownBudget.length) return false
  // Inside fenced code, indentation is text, not nesting. Fences open and close as the parser
  // decides (same marker, at least as long, a backtick fence has no backtick after it).
  let fence = ''
  for (const line of source.split('\n')) {
    const [, run = '', rest = ''] = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line) ?? []
    if (fence) {
      if (run[0] === fence[0] && run.length >= fence.length && !rest.trim()) fence = ''
    } else if (run && !(run[0] === '`' && rest.includes('`'))) {
      fence = run
    } else if (lineDepth(line) > markdownBudget.depth) {
      return false
    }
  }
  const delimiters = source.match(/[*_~]+/g)?.length ?? 0
  return delimiters <= markdownBudget.delimiters
}
