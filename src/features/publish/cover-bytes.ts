/** Pure checks on a cover file's bytes: what the browser is asked to decode is known first. */

export type ImageKind = 'png' | 'jpeg' | 'webp'

export const coverLimits = {
  /** Larger source files are refused before reading them. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Decoding more pixels than this could exhaust a phone's memory. */
  maxPixels: 50_000_000,
  /** The service refuses covers over 2 MB; stay well under after Base64. */
  maxEncodedBytes: 1_500_000,
  width: 1280,
  height: 720,
} as const

const ascii = (bytes: Uint8Array, start: number, text: string) =>
  [...text].every((char, i) => bytes[start + i] === char.charCodeAt(0))

export function detectImageKind(bytes: Uint8Array): ImageKind | null {
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp'
  return null
}

interface Size {
  width: number
  height: number
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2)

/** Width and height from the file header, or null when the header is cut short or malformed. */
export function readDimensions(bytes: Uint8Array, kind: ImageKind): Size | null {
  if (kind === 'png') {
    return bytes.length >= 24 && ascii(bytes, 12, 'IHDR')
      ? { width: u32be(bytes, 16), height: u32be(bytes, 20) }
      : null
  }
  if (kind === 'webp') {
    if (ascii(bytes, 12, 'VP8X'))
      return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 }
    if (ascii(bytes, 12, 'VP8L')) {
      const bits =
        (bytes[21] ?? 0) |
        ((bytes[22] ?? 0) << 8) |
        ((bytes[23] ?? 0) << 16) |
        ((bytes[24] ?? 0) << 24)
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
    }
    if (ascii(bytes, 12, 'VP8 '))
      return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff }
    return null
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  let i = 2
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null
    const marker = bytes[i + 1] ?? 0
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: u16be(bytes, i + 5), width: u16be(bytes, i + 7) }
    }
    i += 2 + u16be(bytes, i + 2)
  }
  return null
}

export type CoverProblem = 'empty' | 'tooLarge' | 'notImage' | 'broken' | 'tooManyPixels'

/** What is wrong with a chosen file, before any decoding; null when it may be decoded. */
export function checkCoverBytes(bytes: Uint8Array, fileSize: number): CoverProblem | null {
  if (fileSize === 0) return 'empty'
  if (fileSize > coverLimits.maxFileBytes) return 'tooLarge'
  const kind = detectImageKind(bytes)
  if (!kind) return 'notImage'
  const size = readDimensions(bytes, kind)
  if (!size || size.width === 0 || size.height === 0) return 'broken'
  if (size.width * size.height > coverLimits.maxPixels) return 'tooManyPixels'
  return null
}

/** Plain Base64 (no `data:` prefix), as PublishCompShareImage expects. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}
