import { describe, expect, it } from 'vitest'
import {
  emptyValues,
  fieldForError,
  publishSchema,
  toPublishRequest,
  type PublishValues,
} from '@/features/publish/publish-schema'

const groups = [{ groupId: 'g1', versions: [{ versionName: 'v1.2' }, { versionName: 'v1.10' }] }]
const valid: PublishValues = {
  ...emptyValues,
  imageId: 'img-1',
  versionName: 'v1.0',
  name: 'My image',
}

/** The error message keys the schema reports, by field. */
function problems(values: Partial<PublishValues>): Record<string, string> {
  const result = publishSchema(groups).safeParse({ ...valid, ...values })
  if (result.success) return {}
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  )
}

describe('publish validation', () => {
  it('accepts a complete new image', () => {
    expect(problems({})).toEqual({})
  })

  it.each<[string, Partial<PublishValues>, Record<string, string>]>([
    ['no image chosen', { imageId: '' }, { imageId: 'required' }],
    ['an existing group not chosen', { target: 'existing' }, { groupId: 'required' }],
    ['no name for a new group', { name: '  ' }, { name: 'required' }],
    ['a name over 64 characters', { name: 'x'.repeat(65) }, { name: 'tooLong' }],
    ['a version without v', { versionName: '1.0' }, { versionName: 'versionFormat' }],
    ['a version with one number', { versionName: 'v1' }, { versionName: 'versionFormat' }],
    [
      'a version with five numbers',
      { versionName: 'v1.2.3.4.5' },
      { versionName: 'versionFormat' },
    ],
    ['an empty version', { versionName: '' }, { versionName: 'required' }],
    [
      'a version not above the group’s highest',
      { target: 'existing', groupId: 'g1', versionName: 'v1.9' },
      { versionName: 'versionNotGreater' },
    ],
    [
      'a version equal to the highest',
      { target: 'existing', groupId: 'g1', versionName: 'v1.10.0' },
      { versionName: 'versionNotGreater' },
    ],
    ['11 tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, { tags: 'tooManyTags' }],
    ['a tag over 20 characters', { tags: ['x'.repeat(21)] }, { 'tags.0': 'tagTooLong' }],
    ['an unknown GPU', { gpus: ['9090' as never] }, { 'gpus.0': expect.any(String) as string }],
    ['a paid image without a price', { paid: true, price: '' }, { price: 'required' }],
    ['a price that is not a number', { paid: true, price: '1,5' }, { price: 'priceFormat' }],
    ['a price with three decimals', { paid: true, price: '0.125' }, { price: 'priceDecimals' }],
    ['a paid price of zero', { paid: true, price: '0' }, { price: 'priceZero' }],
    ['a price over 100', { paid: true, price: '100.01' }, { price: 'priceTooHigh' }],
    [
      'a description over 500 characters',
      { description: 'x'.repeat(501) },
      { description: 'tooLong' },
    ],
    [
      'a readme over 64 KB (in UTF-8 bytes)',
      { readme: '中'.repeat(22_000) },
      { readme: 'readmeTooLarge' },
    ],
  ])('refuses %s', (_, values, expected) => {
    expect(problems(values)).toEqual(expected)
  })

  it('accepts the edges', () => {
    expect(problems({ target: 'existing', groupId: 'g1', versionName: 'v1.11', name: '' })).toEqual(
      {},
    )
    expect(problems({ paid: true, price: '100' })).toEqual({})
    expect(problems({ paid: true, price: '0.05' })).toEqual({})
    expect(
      problems({ tags: Array.from({ length: 10 }, (_, i) => `t${i}`), name: 'x'.repeat(64) }),
    ).toEqual({})
  })
})

describe('toPublishRequest', () => {
  it('sends a free new image with price 0 and no GroupId', () => {
    expect(toPublishRequest({ ...valid, price: '3', tags: ['LLM'] })).toMatchObject({
      imageId: 'img-1',
      groupId: undefined,
      communityImageName: 'My image',
      versionName: 'v1.0',
      price: 0,
      tags: ['LLM'],
    })
  })

  it('sends a paid new version of an existing group', () => {
    expect(
      toPublishRequest({ ...valid, target: 'existing', groupId: 'g1', paid: true, price: '0.50' }),
    ).toMatchObject({
      groupId: 'g1',
      price: 0.5,
    })
  })
})

describe('fieldForError', () => {
  it.each([
    [226601, '', 'imageId'],
    [226603, '', 'imageId'],
    [226604, '', 'groupId'],
    [226605, 'Version must be greater than v1.2', 'versionName'],
    [226606, '', 'cover'],
    [230, 'Parameter Price is not valid: more than two decimals', 'price'],
    [230, 'Parameter CommunityImageName is not valid', 'name'],
    [230, 'Parameter Tags.3 is not valid', 'tags'],
    [230, 'Parameter SupportedGpuTypes.0 is not valid', 'gpus'],
    [171, 'Signature VerifyAC Error', null],
    [230, 'Something else', null],
  ])('RetCode %i "%s" → %s', (retCode, message, field) => {
    expect(fieldForError(retCode, message)).toBe(field)
  })
})
