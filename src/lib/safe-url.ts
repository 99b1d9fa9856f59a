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

/** For image sources: also inline PNG, JPEG or WebP data, which an <img> cannot run. */
export function safeImageUrl(url: string): string | undefined {
  return /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(url) ? url : safeUrl(url)
}
