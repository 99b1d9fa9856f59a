import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareVersions, highestVersion, isVersionName, suggestNextVersions } from '@/lib/version'

describe('isVersionName', () => {
  it.each(['v1.0', 'v0.3.66', 'v26.0201', 'v1.2.3.4', 'v10.20'])('accepts %s', (name) => {
    expect(isVersionName(name)).toBe(true)
  })
  it.each([
    '1.0',
    'v1',
    'V1.0',
    'v1.2.3.4.5',
    'v1.',
    'v.1',
    'v1..2',
    'v1.0-beta',
    ' v1.0',
    'v1.0 ',
    'v１.0',
    'v-1.0',
    '',
  ])('refuses %j', (name) => {
    expect(isVersionName(name)).toBe(false)
  })
})

describe('compareVersions', () => {
  it.each([
    ['v1.10', 'v1.9', 1],
    ['v1.2', 'v1.2.0', 0],
    ['v0.3.66', 'v0.4', -1],
    ['v26.0201', 'v26.201', 0],
    ['v2.0', 'v1.99.99', 1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })

  const version = fc
    .array(fc.nat({ max: 999 }), { minLength: 2, maxLength: 4 })
    .map((numbers) => `v${numbers.join('.')}`)

  it('is antisymmetric and transitive (property)', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0)
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) {
          expect(compareVersions(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })

  it('every suggestion is greater than the version it follows (property)', () => {
    fc.assert(
      fc.property(version, (v) => {
        for (const next of suggestNextVersions(v)) {
          expect(isVersionName(next)).toBe(true)
          expect(compareVersions(next, v)).toBeGreaterThan(0)
        }
      }),
    )
  })
})

describe('suggestNextVersions and highestVersion', () => {
  it('suggests the next minor and the next major', () => {
    expect(suggestNextVersions('v1.2')).toEqual(['v1.3', 'v2.0'])
    expect(suggestNextVersions('v0.3.66')).toEqual(['v0.3.67', 'v0.4.0', 'v1.0.0'])
    expect(suggestNextVersions(undefined)).toEqual(['v1.0'])
  })

  it('finds the highest valid version numerically', () => {
    expect(highestVersion(['v1.9', 'v1.10', 'latest', 'v1.2'])).toBe('v1.10')
    expect(highestVersion([])).toBeUndefined()
  })
})
