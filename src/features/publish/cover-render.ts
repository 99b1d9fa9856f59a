import { coverLimits, toBase64 } from './cover-bytes'

export interface CropArea {
  x: number
  y: number
  width: number
  height: number
}

export interface EncodedCover {
  blob: Blob
  type: string
}

type Encode<C> = (canvas: C, type: string, quality: number) => Promise<Blob | null>

const encodeCanvas: Encode<HTMLCanvasElement> = (canvas, type, quality) =>
  new Promise((resolve) => canvas.toBlob(resolve, type, quality))

/** How an OffscreenCanvas (in the cover worker) writes a file. */
export const encodeOffscreen: Encode<OffscreenCanvas> = (canvas, type, quality) =>
  canvas.convertToBlob({ type, quality })

// WebP first (smallest); JPEG where a browser cannot write WebP (it then answers PNG).
const attempts = [
  ...[0.9, 0.8, 0.7, 0.6, 0.5].map((quality) => ({ type: 'image/webp', quality })),
  ...[0.85, 0.7, 0.55, 0.4].map((quality) => ({ type: 'image/jpeg', quality })),
]

/** What "Use this crop" ends with, on either path: the cover's Base64, or why there is none. */
export type CoverAnswer = { base64: string } | { problem: 'encode' | 'broken' }

export async function coverAnswer(encoded: EncodedCover | null): Promise<CoverAnswer> {
  if (!encoded) return { problem: 'encode' }
  return { base64: toBase64(new Uint8Array(await encoded.blob.arrayBuffer())) }
}

/** The first encoding, best quality first, that fits under the size limit. */
export async function encodeUnderLimit<C = HTMLCanvasElement>(
  canvas: C,
  limit: number = coverLimits.maxEncodedBytes,
  encode: Encode<C> = encodeCanvas as Encode<C>,
): Promise<EncodedCover | null> {
  for (const { type, quality } of attempts) {
    const blob = await encode(canvas, type, quality)
    if (blob && blob.type === type && blob.size <= limit) return { blob, type }
  }
  return null
}

/** The scale from the source's pixels to the cover's: down to the card's width, never up. */
export function coverScale(area: CropArea): number {
  return Math.min(1, coverLimits.width / area.width)
}

/** The cover's size in pixels for `area`, scaled by `coverScale`. */
export function coverSize(area: CropArea): { width: number; height: number } {
  const scale = coverScale(area)
  return {
    width: Math.max(1, Math.round(area.width * scale)),
    height: Math.max(1, Math.round(area.height * scale)),
  }
}

/** Crops `source` to `area` and scales it to the card's 16:9 size, never upscaling. */
export function drawCover(source: CanvasImageSource, area: CropArea): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  Object.assign(canvas, coverSize(area))
  const context = canvas.getContext('2d')
  if (!context) throw new Error('Canvas 2D is not available')
  context.imageSmoothingQuality = 'high'
  context.drawImage(
    source,
    area.x,
    area.y,
    area.width,
    area.height,
    0,
    0,
    canvas.width,
    canvas.height,
  )
  return canvas
}
