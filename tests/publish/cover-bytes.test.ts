import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkCoverBytes,
  coverLimits,
  detectImageKind,
  readDimensions,
  toBase64,
} from '@/features/publish/cover-bytes'
import { encodeUnderLimit } from '@/features/publish/cover-render'

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`))

describe('real image bytes', () => {
  it.each([
    ['cover.png', 'png', 320, 180],
    ['cover.jpg', 'jpeg', 320, 180],
    ['cover.webp', 'webp', 320, 180],
    ['photo.jpg', 'jpeg', 1600, 1200],
  ] as const)('%s is a %s of %i×%i', (name, kind, width, height) => {
    const bytes = fixture(name)
    expect(detectImageKind(bytes)).toBe(kind)
    expect(readDimensions(bytes, kind)).toEqual({ width, height })
    expect(checkCoverBytes(bytes, bytes.length)).toBeNull()
  })
})

describe('refused files, each with its reason', () => {
  it.each([
    ['a zero-byte file', 'empty.png', 'empty'],
    ['a renamed text file', 'renamed.png', 'notImage'],
    ['an SVG with a script', 'script.svg', 'notImage'],
    ['a truncated JPEG', 'truncated.jpg', 'broken'],
  ])('%s', (_, name, problem) => {
    const bytes = fixture(name)
    expect(checkCoverBytes(bytes, bytes.length)).toBe(problem)
  })

  it('a file over 20 MB, before reading it', () => {
    expect(checkCoverBytes(fixture('cover.png'), coverLimits.maxFileBytes + 1)).toBe('tooLarge')
  })

  it('a 100-megapixel PNG, from its header alone', () => {
    const header = fixture('cover.png').slice(0, 64)
    new DataView(header.buffer).setUint32(16, 10_000)
    new DataView(header.buffer).setUint32(20, 10_000)
    expect(checkCoverBytes(header, 5_000_000)).toBe('tooManyPixels')
  })
})

describe('toBase64', () => {
  it('is plain Base64 of the bytes, without a data: prefix, also past 32 KB chunks', () => {
    const bytes = fixture('cover.png')
    const encoded = toBase64(bytes)
    expect(encoded).not.toMatch(/^data:/)
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('encodeUnderLimit', () => {
  const canvas = {} as HTMLCanvasElement
  const blob = (size: number, type: string) => new Blob([new Uint8Array(size)], { type })

  it('takes the best quality that fits', async () => {
    const tried: string[] = []
    const result = await encodeUnderLimit(canvas, 1000, (_, type, quality) => {
      tried.push(`${type}@${quality}`)
      return Promise.resolve(blob(quality > 0.75 ? 2000 : 900, type))
    })
    expect(result?.type).toBe('image/webp')
    expect(result?.blob.size).toBe(900)
    expect(tried).toEqual(['image/webp@0.9', 'image/webp@0.8', 'image/webp@0.7'])
  })

  it('falls back to JPEG where the browser cannot write WebP', async () => {
    const result = await encodeUnderLimit(canvas, 1000, (_, type) =>
      Promise.resolve(type === 'image/webp' ? blob(500, 'image/png') : blob(800, type)),
    )
    expect(result?.type).toBe('image/jpeg')
  })

  it('gives up (null) when nothing fits, so the user is told', async () => {
    expect(
      await encodeUnderLimit(canvas, 10, (_, type) => Promise.resolve(blob(5000, type))),
    ).toBeNull()
  })
})
