/**
 * Keys must never reach the screen, whatever a server does with them: echo the form body
 * (percent- or form-encoded), quote it as JSON (`\/`, `\u002b`), as HTML entities, or in
 * Base64 of any of those. One pattern matches every such spelling of every key, and each match
 * becomes `***` (ADR 0010). It ignores case: a near-copy of a key is starred too, which costs
 * nothing, and percent and `\u` escapes come in either case.
 */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  const spellings = secrets.filter((secret) => secret.length >= 4).flatMap(spellingsOf)
  // Longest first, so a Base64 fragment never leaves the rest of a longer match behind.
  spellings.sort((a, b) => b.length - a.length)
  const pattern = spellings.length > 0 && new RegExp(spellings.map(anyEscape).join('|'), 'gi')
  return (text) => (pattern ? text.replace(pattern, '***') : text)
}

/** The key itself, and the Base64 of it and of its percent forms at every byte alignment. */
function spellingsOf(secret: string): string[] {
  const out = [secret]
  const forms = [
    secret,
    encodeURIComponent(secret),
    `${new URLSearchParams([['', secret]])}`.slice(1),
  ]
  for (const form of new Set(forms)) {
    const bytes = String.fromCharCode(...new TextEncoder().encode(form))
    for (const shift of [0, 1, 2]) {
      // Shifted by `shift` bytes, the characters from ⌈8·shift/6⌉ to ⌊8·(shift+n)/6⌋ depend on
      // the key's bytes alone, whatever comes before or after it in the encoded text.
      const base64 = btoa('\0'.repeat(shift) + bytes)
      const start = Math.ceil((shift * 4) / 3)
      const fragment = base64.slice(start, Math.floor(((shift + bytes.length) * 4) / 3))
      if (fragment.length >= 8) out.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'))
    }
  }
  return out
}

const entities: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }

/** A pattern for `text` in which any character may be percent, JSON or HTML escaped. */
function anyEscape(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0)
      const hex = code.toString(16).padStart(2, '0')
      const named = entities[char] ? `|&${entities[char]};` : ''
      // A JSON escape (`\/`, `\"`, `\\`) is a backslash before the character itself.
      const literal = `\\\\?${char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}`
      return `(?:${literal}|%(?:25)?${hex}|\\\\u00${hex}|&#(?:x0*${hex}|0*${code});${named})`
    })
    .join('')
}
