import { fireEvent, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { saveDraft } from '@/features/publish/draft-store'
import { emptyValues, publishSchema, type PublishValues } from '@/features/publish/publish-schema'
import { en } from '@/i18n/en'
import { zh } from '@/i18n/zh'
import { sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

type ErrorKey = Exclude<keyof typeof en.publish.errors, 'cover'>
type CoverKey = keyof typeof en.publish.errors.cover

// The demo account's publishable image, from the same deterministic seed every render gets.
const imageSet = createTestSandbox().call('DescribeCompShareCustomImages', { Limit: 100 })
  .ImageSet as { CompShareImageId: string; Name: string }[]
const imageId = imageSet.find((image) => image.Name === 'my-comfyui-flux')?.CompShareImageId ?? ''
const valid: PublishValues = { ...emptyValues, imageId, versionName: 'v1.0', name: 'My image' }
const paid = (price: string): Partial<PublishValues> => ({ paid: true, price })

/** Bad input a person might type or paste, field by field, with the message each must get. */
const corpus: [string, Partial<PublishValues>, keyof PublishValues, ErrorKey][] = [
  ['an empty name', { name: '' }, 'name', 'required'],
  ['a name of spaces', { name: ' \t ' }, 'name', 'required'],
  ['a name of zero-width characters', { name: '\u200B\u2060\uFEFF' }, 'name', 'required'],
  ['a name of control characters', { name: '\u0000\u001F' }, 'name', 'required'],
  ['a 65-character name', { name: 'x'.repeat(65) }, 'name', 'tooLong'],
  ['a 100,000-character name', { name: '名'.repeat(100_000) }, 'name', 'tooLong'],
  ['an empty version', { versionName: '' }, 'versionName', 'required'],
  ['a version without v', { versionName: '1.0' }, 'versionName', 'versionFormat'],
  ['a capital V', { versionName: 'V1.0' }, 'versionName', 'versionFormat'],
  ['one number', { versionName: 'v1' }, 'versionName', 'versionFormat'],
  ['five numbers', { versionName: 'v1.2.3.4.5' }, 'versionName', 'versionFormat'],
  ['a suffix', { versionName: 'v1.0-beta' }, 'versionName', 'versionFormat'],
  ['full-width digits', { versionName: 'v１.０' }, 'versionName', 'versionFormat'],
  ['a ten-digit part', { versionName: 'v1.1234567890' }, 'versionName', 'versionFormat'],
  ['a shell command', { versionName: 'v1.0;rm -rf /' }, 'versionName', 'versionFormat'],
  ['an empty price', paid(''), 'price', 'required'],
  ['a negative price', paid('-1'), 'price', 'priceFormat'],
  ['a comma', paid('1,5'), 'price', 'priceFormat'],
  ['an exponent', paid('1e2'), 'price', 'priceFormat'],
  ['Infinity', paid('Infinity'), 'price', 'priceFormat'],
  ['NaN', paid('NaN'), 'price', 'priceFormat'],
  ['hexadecimal', paid('0x10'), 'price', 'priceFormat'],
  ['full-width digits', paid('１.５'), 'price', 'priceFormat'],
  ['three decimals', paid('0.125'), 'price', 'priceDecimals'],
  ['zero', paid('0.00'), 'price', 'priceZero'],
  ['just over 100', paid('100.01'), 'price', 'priceTooHigh'],
  ['a 400-digit price', paid('9'.repeat(400)), 'price', 'priceTooHigh'],
  ['an empty tag', { tags: [''] }, 'tags', 'required'],
  ['a zero-width tag', { tags: ['\u200B'] }, 'tags', 'required'],
  ['a 21-character tag', { tags: ['t'.repeat(21)] }, 'tags', 'tagTooLong'],
  ['11 tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags', 'tooManyTags'],
  ['5,000 tags', { tags: Array.from({ length: 5000 }, (_, i) => `t${i}`) }, 'tags', 'tooManyTags'],
]

describe('bad publish input, each with its own message', () => {
  it.each(corpus)('%s', (_, change, field, key) => {
    const result = publishSchema([]).safeParse({ ...valid, ...change })
    const messages = result.success
      ? []
      : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message)
    expect(messages).toContain(key)
    // Said in both languages, in words rather than the key.
    for (const catalogue of [zh, en]) expect(catalogue.publish.errors[key]).toMatch(/\S{2}/)
  })
})

/** Opens /publish on a draft saved at `step`, as if the visitor had typed it and reloaded. */
async function openDraft(values: PublishValues, step: 'review' | 'cover', language: 'en' | 'zh') {
  const { accountId } = createApiClient(sandboxConfig)
  saveDraft(accountId, { step, savedAt: Date.now(), values })
  const spy = sandboxSpy()
  const view = await renderApp('/publish', { language, handlers: spy.handlers })
  return { ...view, sent: () => spy.actions.filter((a) => a === 'PublishCompShareImage') }
}

describe('the form refuses them before anything is sent', () => {
  // One of each message, through the whole page: restored at the review step, then Publish.
  const cases = corpus.filter(
    ([, , field, key], i) => corpus.findIndex(([, , f, k]) => f === field && k === key) === i,
  )
  it.each(cases.map((c, i) => [...c, i % 3 === 0 ? 'zh' : 'en'] as const))(
    '%s (%s)',
    async (_, change, _field, key, language) => {
      const { user, sent } = await openDraft({ ...valid, ...change }, 'review', language)
      const catalogue = language === 'zh' ? zh : en
      await user.click(await screen.findByRole('button', { name: catalogue.publish.submit }))
      expect(await screen.findByText(catalogue.publish.errors[key])).toBeInTheDocument()
      expect(screen.getByText(catalogue.publish.errors.fixBefore)).toBeInTheDocument()
      expect(sent()).toEqual([])
    },
  )
})

function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(64)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])
  new DataView(bytes.buffer).setUint32(16, width)
  new DataView(bytes.buffer).setUint32(20, height)
  return bytes
}

function webpHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(64)
  bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)))
  bytes.set(
    [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
    8,
  )
  const view = new DataView(bytes.buffer)
  view.setUint32(24, (width - 1) | ((height - 1) << 24), true)
  view.setUint16(28, (height - 1) >> 8, true)
  return bytes
}

const fixture = (name: string) => Uint8Array.of(...readFileSync(`tests/fixtures/${name}`))
const files: [string, () => File, CoverKey][] = [
  ['a zero-byte file', () => new File([], 'empty.png'), 'empty'],
  ['a text file named .png', () => new File([fixture('renamed.png')], 'renamed.png'), 'notImage'],
  ['an SVG with a script', () => new File([fixture('script.svg')], 'cover.svg'), 'notImage'],
  ['a GIF', () => new File(['GIF89a\u0001\u0000\u0001\u0000'], 'cover.gif'), 'notImage'],
  ['a truncated JPEG', () => new File([fixture('truncated.jpg')], 'cover.jpg'), 'broken'],
  ['a PNG of 0×0 pixels', () => new File([pngHeader(0, 0)], 'zero.png'), 'broken'],
  ['a 100-megapixel PNG', () => new File([pngHeader(10_000, 10_000)], 'big.png'), 'tooManyPixels'],
  ['a 268-megapixel WebP', () => new File([webpHeader(16384, 16384)], 'big.webp'), 'tooManyPixels'],
  [
    'a file over 20 MB',
    () => new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.png'),
    'tooLarge',
  ],
]

describe('bad cover files', () => {
  it.each(files)('%s', async (_, file, key) => {
    const { sent } = await openDraft(valid, 'cover', 'en')
    // Not through user.upload, which would honour `accept`: a person can drop any file.
    fireEvent.change(await screen.findByLabelText(en.publish.cover.choose), {
      target: { files: [file()] },
    })
    expect(await screen.findByText(en.publish.errors.cover[key])).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(/^Cover ready/)).not.toBeInTheDocument())
    expect(screen.queryByRole('button', { name: en.publish.cover.apply })).not.toBeInTheDocument()
    expect(sent()).toEqual([])
  })
})
