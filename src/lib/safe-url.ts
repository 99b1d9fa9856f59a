// Only used to resolve paths: a path that leaves this origin is not a path.
const sameOrigin = 'https://same-origin.invalid'

/**
 * URLs from the service are untrusted: only http(s) and same-origin paths are used, so a
 * `javascript:` or `data:` value can never become a link or an image source.
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim()
  try {
    if (trimmed.startsWith('/')) {
      // Browsers read `/\evil.example` and `/<tab>/evil.example` as `//evil.example`.
      const parsed = new URL(trimmed, sameOrigin)
      return parsed.origin === sameOrigin
        ? parsed.pathname + parsed.search + parsed.hash
        : undefined
    }
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
