import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/en'
import { translator } from '@/i18n/i18n'
import { zh } from '@/i18n/zh'

describe('plural forms and numbers in messages', () => {
  const english = translator(en, 'en')
  const chinese = translator(zh, 'zh')

  it('reads "1 version" and "2 versions" in English, with the count written as English writes it', () => {
    expect(english('detail.versionCount', { count: 1 })).toBe('1 version')
    expect(english('detail.versionCount', { count: 2 })).toBe('2 versions')
    expect(english('detail.versionCount', { count: 0 })).toBe('0 versions')
    expect(english('browse.total', { count: 12345 })).toBe('12,345 images')
    expect(english('settings.test.success', { count: 1 })).toBe(
      'Connected: this account has 1 custom image.',
    )
    expect(english('compare.showLines', { count: 1 })).toBe('Show 1 unchanged line')
  })

  it('has one form in Chinese, with the count written as Chinese writes it', () => {
    expect(chinese('detail.versionCount', { count: 1 })).toBe('共 1 个版本')
    expect(chinese('browse.total', { count: 12345 })).toBe('共 12,345 个镜像')
    expect(chinese('browse.pageOf', { page: 2, pages: 1200 })).toBe('第 2 / 1,200 页')
  })

  it('leaves a number that is not a quantity alone, and a missing value as written', () => {
    expect(english('apiErrors.retCode', { code: 226601 })).toContain('226601')
    expect(english('detail.versionCount', {})).toBe('{{count, number}} versions')
  })
})
