import { describe, expect, it } from 'vitest'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { formatCount, formatDate, formatPrice, formatSize } from '@/lib/format'
import { currentVersion } from '@/lib/group'

describe('format', () => {
  it.each([
    [999, 'zh', '999'],
    [12_345, 'zh', '1.2万'],
    [12_345, 'en', '12.3K'],
  ] as const)('count %d in %s → %s', (value, language, expected) => {
    expect(formatCount(value, language)).toBe(expected)
  })

  it('prices in yuan with two decimals', () => {
    expect(formatPrice(0.05, 'zh')).toBe('¥0.05')
    expect(formatPrice(5, 'en')).toBe('CN¥5.00')
  })

  it('sizes in MB below a gigabyte, GB above', () => {
    expect(formatSize(512, 'en')).toBe('512 MB')
    expect(formatSize(20_992, 'en')).toBe('20.5 GB')
    // A 100 KB cover once read "0 MB".
    expect(formatSize(100 / 1024, 'en')).toBe('100 kB')
    expect(formatSize(100 / 1024, 'zh')).toBe('100 kB')
    expect(formatSize(0.2 / 1024, 'en')).toBe('1 kB')
    expect(formatSize(0, 'en')).toBe('0 kB')
  })

  it('dates from Unix seconds', () => {
    expect(formatDate(1_735_689_600, 'en')).toMatch(/2025|2024/)
  })
})

describe('currentVersion', () => {
  const version = (imageId: string, status: string, pubTime: number) =>
    ({ imageId, status, pubTime }) as CommunityImageVersion
  const group = (versions: CommunityImageVersion[]) => ({ versions }) as CommunityImageGroup

  it('is the newest Available version, even when a newer one is Offline', () => {
    expect(
      currentVersion(
        group([
          version('a', 'Available', 1),
          version('b', 'Available', 3),
          version('c', 'Offline', 5),
        ]),
      )?.imageId,
    ).toBe('b')
  })

  it('is the newest listed version when none is Available', () => {
    expect(
      currentVersion(group([version('a', 'Offline', 1), version('b', 'Offline', 2)]))?.imageId,
    ).toBe('b')
  })

  it('is undefined for a group without versions', () => {
    expect(currentVersion(group([]))).toBeUndefined()
  })
})
