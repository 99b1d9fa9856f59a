// Only used to resolve paths: a path that leaves this origin is not a path.
const sameOrigin = 'https://same-origin.invalid'

/**
 * The one rule for every address the service or a readme supplies (ADR 0013). A link may be
 * http(s) or a path that stays on this origin. An image, or anything else the browser would
 * fetch by itself, must be https or on this origin (the sandbox's covers on a local http
 * server): a plain-http image from elsewhere is one any network on the way can read and
 * change, and dropping it here does not depend on the CSP (the dev server has none). Anything
 * else (`javascript:`, `data:`, `//evil.example`) is no address at all.
 */
export function safeUrl(url: string, use: 'link' | 'image' = 'link'): string | undefined {
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
    const http = parsed.protocol === 'http:'
    const own = typeof location !== 'undefined' && parsed.origin === location.origin
    return parsed.protocol === 'https:' || (http && (use === 'link' || own))
      ? parsed.href
      : undefined
  } catch {
    return undefined
  }
}

/** For image sources: also inline PNG, JPEG or WebP data, which an <img> cannot run. */
export function safeImageUrl(url: string): string | undefined {
  return /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(url)
    ? url
    : safeUrl(url, 'image')
}
