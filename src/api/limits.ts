/**
 * What PublishCompShareImage accepts, in one place: the publish form checks these before
 * sending, and the sandbox refuses anything past them, so neither is more forgiving than the
 * other. Lengths count characters as a person does (code points: 中 and 😀 are one each).
 */
export const publishLimits = {
  nameChars: 64,
  versionDescChars: 500,
  descriptionChars: 500,
  tags: 10,
  tagChars: 20,
  maxPrice: 100,
  priceDecimals: 2,
  readmeBytes: 64 * 1024,
  coverBytes: 2 * 1024 * 1024,
  /** Applications a version may declare (DescribeCompShareSoftwarePort lists fewer). */
  applications: 16,
  /** CUDAVersion, Framework and FrameworkVersion. */
  softwareFieldChars: 32,
} as const

/** Length in characters as a person counts them (code points, so 中 is one). */
export function charLength(text: string): number {
  return Array.from(text).length
}

/**
 * Whether text shows anything: only spaces, zero-width and other format or control characters
 * (`\u200B`, `\u2060`, `\uFEFF`…) is as good as empty, though `trim()` keeps most of them.
 */
export const hasVisibleText = (text: string) => /[^\s\p{Cc}\p{Cf}]/u.test(text)

/** UTF-8 size of a text, as the service measures a readme. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}
