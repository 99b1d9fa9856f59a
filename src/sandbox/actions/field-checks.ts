import { sniffImage } from '../seed/covers.ts'
import { invalidParameter, RetCode, SandboxError } from './errors.ts'
import { list, optionalText, type Fields } from './params.ts'
import { gpuTypes } from '../../api/gpu-types.ts'
import { charLength, hasVisibleText, publishLimits as limits, utf8Bytes } from '../../api/limits.ts'

// The checks of a version's listing fields, shared by PublishCompShareImage and
// UpdateCompShareImage: one bad value gets one answer, whichever action carries it.

export interface CoverUpload {
  bytes: Uint8Array
  extension: 'png' | 'jpg' | 'webp'
}

/**
 * The listing's name under the parameter `name` (CommunityImageName, Name): trimmed, or
 * undefined when absent or empty. Zero-width and other invisible characters alone are no name.
 */
export function nameField(fields: Fields, name: string): string | undefined {
  const raw = optionalText(fields, name)
  if (raw === undefined) return undefined
  if (!hasVisibleText(raw)) throw invalidParameter(name, 'has no visible text')
  const trimmed = raw.trim()
  if (charLength(trimmed) > limits.nameChars) {
    throw invalidParameter(name, `must be at most ${limits.nameChars} characters`)
  }
  return trimmed
}

/** Yuan per hour; undefined when absent or empty. */
export function priceField(fields: Fields): number | undefined {
  const text = fields.Price
  if (text === undefined || text === '') return undefined
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw invalidParameter('Price', 'must be a number')
  const value = Number(text)
  if (value < 0) throw invalidParameter('Price', 'must not be negative')
  if (value > limits.maxPrice) throw invalidParameter('Price', `must be at most ${limits.maxPrice}`)
  if ((text.split('.')[1] ?? '').replace(/0+$/, '').length > limits.priceDecimals) {
    throw invalidParameter('Price', `must have at most ${limits.priceDecimals} decimals`)
  }
  return value
}

/** `Tags.N`, trimmed, each once; empty when none were sent. */
export function tagsField(fields: Fields): string[] {
  const values = list(fields, 'Tags')
  if (values.length > limits.tags) {
    throw invalidParameter('Tags', `at most ${limits.tags} tags, got ${values.length}`)
  }
  const trimmed = values.map((tag, i) => {
    if (!hasVisibleText(tag)) throw invalidParameter(`Tags.${i}`, 'must not be empty')
    if (charLength(tag.trim()) > limits.tagChars) {
      throw invalidParameter(`Tags.${i}`, `must be at most ${limits.tagChars} characters`)
    }
    return tag.trim()
  })
  return [...new Set(trimmed)]
}

/** `SupportedGpuTypes.N`, each a known GPU type, each once; empty when none were sent. */
export function gpusField(fields: Fields): string[] {
  const values = list(fields, 'SupportedGpuTypes')
  values.forEach((gpu, i) => {
    if (!(gpuTypes as readonly string[]).includes(gpu)) {
      throw invalidParameter(
        `SupportedGpuTypes.${i}`,
        `unknown GPU type "${gpu}" (known: ${gpuTypes.join(', ')})`,
      )
    }
  })
  return [...new Set(values)]
}

/** `Cover`: plain Base64 of a PNG, JPEG or WebP file; null when absent. */
export function coverField(fields: Fields): CoverUpload | null {
  const text = optionalText(fields, 'Cover')
  if (text === undefined) return null
  const fail = (reason: string) =>
    new SandboxError(RetCode.coverInvalid, `Parameter Cover is not valid: ${reason}`)
  if (/^data:/i.test(text)) throw fail('send plain Base64, without a data: prefix')
  const compact = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw fail('not Base64')
  }
  // Refuse by arithmetic before decoding: 3 bytes per 4 characters.
  if (Math.floor((compact.replace(/=+$/, '').length * 3) / 4) > limits.coverBytes) {
    throw fail(`the image is larger than ${limits.coverBytes / 1024 / 1024} MB`)
  }
  const bytes = new Uint8Array(Buffer.from(compact, 'base64'))
  const extension = sniffImage(bytes)
  if (!extension) throw fail('not a PNG, JPEG or WebP image')
  return { bytes, extension }
}

/** At most `max` characters, trimmed, as the form sends it; '' when absent. */
export function limitedText(fields: Fields, name: string, max: number): string {
  const value = (fields[name] ?? '').trim()
  if (charLength(value) > max) throw invalidParameter(name, `must be at most ${max} characters`)
  return value
}

/** `Readme` as sent (Markdown, untrimmed), at most limits.readmeBytes of UTF-8; undefined when absent. */
export function readmeField(fields: Fields): string | undefined {
  const readme = fields.Readme
  if (readme !== undefined && utf8Bytes(readme) > limits.readmeBytes) {
    throw invalidParameter('Readme', `must be at most ${limits.readmeBytes / 1024} KB (UTF-8)`)
  }
  return readme
}
