import {
  coverAnswer,
  drawCover,
  encodeUnderLimit,
  type CoverAnswer,
  type CropArea,
} from './cover-render'
import type { CoverMessage, CoverSource } from './cover-worker'

/** Can this browser decode, crop and encode in a worker? (Safari before 16.4 cannot.) */
const workerCanRender = () =>
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function' &&
  'convertToBlob' in OffscreenCanvas.prototype

/** The same steps on the main thread, for a browser without OffscreenCanvas. */
async function onMainThread({ file }: CoverSource, area: CropArea): Promise<CoverAnswer> {
  const bitmap = await createImageBitmap(file)
  const encoded = await encodeUnderLimit(drawCover(bitmap, area))
  bitmap.close()
  return coverAnswer(encoded)
}

function startWorker(source: CoverSource): Worker | null {
  try {
    const worker = new Worker(new URL('./cover-worker.ts', import.meta.url), { type: 'module' })
    worker.postMessage({ kind: 'open', ...source } satisfies CoverMessage)
    return worker
  } catch {
    return null
  }
}

function inWorker(worker: Worker, area: CropArea): Promise<CoverAnswer> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<CoverAnswer>) => resolve(data)
    worker.onerror = (event) => {
      event.preventDefault()
      reject(new Error('the cover worker failed'))
    }
    worker.postMessage({ kind: 'render', area } satisfies CoverMessage)
  })
}

export interface CoverMaker {
  /** The chosen part as the cover the service gets: Base64 of a WebP or JPEG under the limit. */
  make: (area: CropArea) => Promise<CoverAnswer>
  close: () => void
}

/**
 * Opened when a picture is chosen and its size known: a worker starts decoding it at once, so
 * "Use this crop" mostly waits for the encoding, and a 24-megapixel photo never holds up the
 * page. On the main thread where a browser cannot, or where the worker fails.
 */
export function openCover(source: CoverSource): CoverMaker {
  const worker = workerCanRender() ? startWorker(source) : null
  return {
    make: (area) =>
      worker
        ? inWorker(worker, area).catch(() => onMainThread(source, area))
        : onMainThread(source, area),
    close: () => worker?.terminate(),
  }
}
