import { coverLimits } from './cover-bytes'

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

type Encode = (canvas: HTMLCanvasElement, type: string, quality: number) => Promise<Blob | null>

const encodeCanvas: Encode = (canvas, type, quality) =>
  new Promise((resolve) => canvas.toBlob(resolve, type, quality))

// WebP first (smallest); JPEG where a browser cannot write WebP (it then answers PNG).
const attempts = [
  ...[0.9, 0.8, 0.7, 0.6, 0.5].map((quality) => ({ type: 'image/webp', quality })),
  ...[0.85, 0.7, 0.55, 0.4].map((quality) => ({ type: 'image/jpeg', quality })),
]

/** The first encoding, best quality first, that fits under the size limit. */
export async function encodeUnderLimit(
  canvas: HTMLCanvasElement,
  limit: number = coverLimits.maxEncodedBytes,
  encode: Encode = encodeCanvas,
): Promise<EncodedCover | null> {
  for (const { type, quality } of attempts) {
    const blob = await encode(canvas, type, quality)
    if (blob && blob.type === type && blob.size <= limit) return { blob, type }
  }
  return null
}

/** Crops `source` to `area` and scales it to the card's 16:9 size, never upscaling. */
export function drawCover(source: CanvasImageSource, area: CropArea): HTMLCanvasElement {
  const scale = Math.min(1, coverLimits.width / area.width)
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(area.width * scale))
  canvas.height = Math.max(1, Math.round(area.height * scale))
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
