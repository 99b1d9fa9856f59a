import {
  coverAnswer,
  coverScale,
  coverSize,
  encodeOffscreen,
  encodeUnderLimit,
  type CoverAnswer,
  type CropArea,
} from './cover-render'

// The cover's decode, crop, scale and encode, off the main thread (src/features/publish/cover-make.ts).

export interface CoverSource {
  file: Blob
  /** The picture's size as the cropper shows it (turned as its EXIF says), which areas are in. */
  natural: { width: number; height: number }
}

export type CoverMessage = ({ kind: 'open' } & CoverSource) | { kind: 'render'; area: CropArea }

/** The picture decoded at `scale` of its size: a JPEG decoder then reads a fraction of it. */
function decode({ file, natural }: CoverSource, scale: number) {
  return createImageBitmap(file, {
    resizeWidth: Math.max(1, Math.round(natural.width * scale)),
    resizeHeight: Math.max(1, Math.round(natural.height * scale)),
    resizeQuality: 'high',
  }).then((bitmap) => ({ bitmap, scale }))
}

type Decoded = Awaited<ReturnType<typeof decode>>

/**
 * Crops `area` out of a decoding at least as sharp as the cover needs (the one begun when the
 * picture was chosen, unless the crop was zoomed past it), scales it to the cover's size (the
 * one `drawCover` gives on the main thread) and encodes it under the limit.
 */
export async function renderCover(
  source: CoverSource,
  area: CropArea,
  early: Promise<Decoded> | null,
): Promise<CoverAnswer> {
  const needed = coverScale(area)
  const ready = early && (await early.catch(() => null))
  const { bitmap, scale } = ready && ready.scale >= needed ? ready : await decode(source, needed)
  const { width, height } = coverSize(area)
  const canvas = new OffscreenCanvas(width, height)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('OffscreenCanvas 2D is not available')
  context.imageSmoothingQuality = 'high'
  const at = (value: number) => value * scale
  context.drawImage(
    bitmap,
    at(area.x),
    at(area.y),
    at(area.width),
    at(area.height),
    0,
    0,
    width,
    height,
  )
  return coverAnswer(await encodeUnderLimit(canvas, undefined, encodeOffscreen))
}

let source: CoverSource | null = null
let early: Promise<Decoded> | null = null

self.onmessage = ({ data }: MessageEvent<CoverMessage>) => {
  if (data.kind === 'open') {
    source = data
    // Decoding starts while the person is still framing the crop, at the scale an unzoomed
    // crop needs (the picture's full width or height, whichever the 16:9 frame spans).
    const frame = Math.min(data.natural.width, (data.natural.height * 16) / 9)
    early = decode(data, coverScale({ x: 0, y: 0, width: frame, height: (frame * 9) / 16 }))
    early.catch(() => undefined)
    return
  }
  if (!source) return
  renderCover(source, data.area, early).then(
    (answer) => self.postMessage(answer),
    () => self.postMessage({ problem: 'broken' } satisfies CoverAnswer),
  )
}
