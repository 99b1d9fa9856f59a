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

  // Up to nine digits a part, with leading zeros now and then (v26.0201 is the platform's own).
  const part = fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 999_999_999 }))
  const version = fc.array(fc.tuple(part, fc.nat({ max: 2 })), { minLength: 2, maxLength: 4 }).map(
    (parts) =>
      `v${parts
        .map(([n, zeros]) =>
          String(n)
            .padStart(String(n).length + zeros, '0')
            .slice(-9),
        )
        .join('.')}`,
  )
  const sign = (a: string, b: string) => Math.sign(compareVersions(a, b))

  it('generated names are valid names', () => {
    fc.assert(fc.property(version, (v) => isVersionName(v)))
  })

  it('is a total order: reflexive, antisymmetric and transitive (property)', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(sign(a, a)).toBe(0)
        expect(sign(a, b)).toBe(-sign(b, a) || 0)
        if (sign(a, b) <= 0 && sign(b, c) <= 0) expect(sign(a, c)).toBeLessThanOrEqual(0)
        if (sign(a, b) === 0 && sign(b, c) === 0) expect(sign(a, c)).toBe(0)
      }),
    )
  })

  it('calls two names equal exactly when their numbers match, trailing zeros aside (property)', () => {
    const numbers = (v: string) =>
      v
        .slice(1)
        .split('.')
        .map(Number)
        .join('.')
        .replace(/(\.0)+$/, '')
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(sign(a, b) === 0).toBe(numbers(a) === numbers(b))
      }),
    )
  })

  it('sorting with it puts every name after the ones below it; the highest is last (property)', () => {
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 30 }), (names) => {
        const sorted = [...names].sort(compareVersions)
        sorted.slice(1).forEach((name, i) => expect(sign(sorted[i] ?? '', name)).toBeLessThan(1))
        const highest = highestVersion(names) ?? ''
        for (const name of names) expect(sign(name, highest)).toBeLessThan(1)
        // The order of the input does not matter.
        expect(sign(highestVersion([...names].reverse()) ?? '', highest)).toBe(0)
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
    expect(suggestNextVersions('v999999999.0')).toEqual(['v999999999.1'])
    expect(suggestNextVersions('v999999999.999999999')).toEqual([])
  })

  it('finds the highest valid version numerically', () => {
    expect(highestVersion(['v1.9', 'v1.10', 'latest', 'v1.2'])).toBe('v1.10')
    expect(highestVersion([])).toBeUndefined()
  })
})
