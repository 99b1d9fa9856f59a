/**
 * URLs from the service are untrusted: only http(s) and same-origin paths are used, so a
 * `javascript:` or `data:` value can never become a link or an image source.
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}
