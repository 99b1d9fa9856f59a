/**
 * Bad values of the listing fields that PublishCompShareImage and UpdateCompShareImage share
 * (src/sandbox/actions/field-checks.ts), each with the RetCode and the text its refusal must carry.
 * Names are given as publish calls them (`CommunityImageName`); an update sends `Name`.
 */

/** A real 1×1 PNG, and the magic numbers of the other accepted and refused formats. */
export const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
export const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString(
  'base64',
)
export const webp = Buffer.from('RIFF\x1a\x00\x00\x00WEBPVP8L', 'latin1').toString('base64')
const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64')
const hugePng = Buffer.concat([
  Buffer.from(png, 'base64'),
  Buffer.alloc(2 * 1024 * 1024 + 1 - Buffer.from(png, 'base64').length),
]).toString('base64')

export type ListingCase = [
  label: string,
  change: Record<string, unknown>,
  retCode: number,
  named: string,
]

export const listingCases: ListingCase[] = [
  ['a blank name', { CommunityImageName: '  ' }, 230, 'CommunityImageName'],
  ['a name over 64 characters', { CommunityImageName: '名'.repeat(65) }, 230, 'CommunityImageName'],
  [
    'a name of zero-width characters only',
    { CommunityImageName: '\u200b\u200d\u2060\ufeff' },
    230,
    'CommunityImageName',
  ],
  ['a negative price', { Price: -1 }, 230, 'Price'],
  ['a price above 100', { Price: 100.01 }, 230, 'Price'],
  ['a price with three decimals', { Price: 1.234 }, 230, 'Price'],
  ['a price that is not a number', { Price: 'free' }, 230, 'Price'],
  ['11 tags', { Tags: Array.from({ length: 11 }, (_, i) => `tag${i}`) }, 230, 'Tags'],
  ['a tag over 20 characters', { Tags: ['ok', 'x'.repeat(21)] }, 230, 'Tags.1'],
  ['an empty tag', { Tags: [''] }, 230, 'Tags.0'],
  ['a tag of zero-width characters only', { Tags: ['ok', '\u200b\u200b'] }, 230, 'Tags.1'],
  ['an unknown GPU type', { SupportedGpuTypes: ['4090', '4080'] }, 230, 'SupportedGpuTypes.1'],
  ['a cover that is not Base64', { Cover: 'not base64!' }, 226606, 'Base64'],
  ['a data: URL cover', { Cover: `data:image/png;base64,${png}` }, 226606, 'data:'],
  ['a GIF cover', { Cover: gif }, 226606, 'PNG, JPEG or WebP'],
  ['a cover over 2 MB', { Cover: hugePng }, 226606, '2 MB'],
  ['a description over 500 characters', { Description: '述'.repeat(501) }, 230, 'Description'],
  [
    'version notes over 500 characters (the form allows 500)',
    { VersionDesc: '注'.repeat(501) },
    230,
    'VersionDesc',
  ],
  ['a readme over 64 KB of UTF-8', { Readme: '文'.repeat(21_846) }, 230, 'Readme'],
  ['AutoStart that is not a boolean', { AutoStart: 'yes' }, 230, 'AutoStart'],
]
