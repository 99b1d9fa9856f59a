import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeParams, sign, signRequest } from '@/api/signature'

describe('encodeParams', () => {
  it.each([
    [
      'a string as it is, untrimmed, unescaped',
      { Name: ' 我的 AI&环境=1 ' },
      { Name: ' 我的 AI&环境=1 ' },
    ],
    ['an empty string is kept', { Name: '' }, { Name: '' }],
    [
      'booleans in lower case',
      { IsFree: true, IsOfficial: false },
      { IsFree: 'true', IsOfficial: 'false' },
    ],
    [
      'whole numbers without a fraction',
      { Price: 0.0, Limit: 100.0, Offset: -3 },
      { Price: '0', Limit: '100', Offset: '-3' },
    ],
    [
      'fractions in plain decimal',
      { Price: 1.5, P: 0.25, N: -0.05 },
      { Price: '1.5', P: '0.25', N: '-0.05' },
    ],
    [
      'tiny numbers without exponent',
      { A: 1e-7, B: -2.5e-8 },
      { A: '0.0000001', B: '-0.000000025' },
    ],
    ['huge whole numbers without exponent', { A: 1e21 }, { A: '1000000000000000000000' }],
    [
      'arrays indexed from 0',
      { Tag: ['深度学习', 'PyTorch'] },
      { 'Tag.0': '深度学习', 'Tag.1': 'PyTorch' },
    ],
    [
      'objects by field',
      { SortCondition: { Field: 'PubTime', ASC: false } },
      { 'SortCondition.Field': 'PubTime', 'SortCondition.ASC': 'false' },
    ],
    [
      'arrays of objects',
      { K: [{ F: 1 }, { F: 'x', G: true }] },
      { 'K.0.F': '1', 'K.1.F': 'x', 'K.1.G': 'true' },
    ],
    [
      'undefined and null left out',
      { A: undefined, B: null, C: [null, 'x'], D: { E: undefined } },
      { 'C.1': 'x' },
    ],
    ['empty arrays and objects send nothing', { Tag: [], S: {} }, {}],
  ])('%s', (_, input, expected) => {
    expect(encodeParams(input)).toEqual(expected)
  })

  it('indexes arrays past 9 with plain numbers', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `t${i}`)
    const encoded = encodeParams({ Tag: tags })
    expect(encoded['Tag.10']).toBe('t10')
    expect(encoded['Tag.11']).toBe('t11')
    expect(Object.keys(encoded)).toHaveLength(12)
  })

  it('refuses values that have no wire form instead of sending garbage', () => {
    expect(() => encodeParams({ Price: Number.NaN })).toThrow(/Price/)
    expect(() => encodeParams({ Limit: Infinity })).toThrow(/Limit/)
    expect(() => encodeParams({ F: () => 1 })).toThrow(/F/)
  })
})

describe('sign', () => {
  it("matches the SDK documentation's worked example", () => {
    expect(sign({ foo: 'bar' }, 'my_private_key')).toBe('634edc1bb957c0d65e5ab5494cf3b7784fbc87af')
  })

  it('sorts keys by code unit, so Tag.10 comes before Tag.2', () => {
    // sha1("Tag.10bTag.2aKEY"), computed independently with `printf %s ... | sha1sum`.
    expect(sign({ 'Tag.2': 'a', 'Tag.10': 'b' }, 'KEY')).toBe(
      'cc15aba031837374c57027396e219dd4a5a8d6fd',
    )
  })

  it('hashes Chinese text as UTF-8', () => {
    // sha1("Name我的AI环境PublicKeypkKEY")
    expect(sign({ Name: '我的AI环境', PublicKey: 'pk' }, 'KEY')).toBe(
      '3dc695ceb53ae539a2f23d3816b1bf749eca1421',
    )
  })
})

describe('signRequest', () => {
  const credentials = { publicKey: 'pub', privateKey: 'secret' }

  it('adds PublicKey and a Signature over everything else', () => {
    const signed = signRequest({ Action: 'DescribeCommunityImages', Limit: 20 }, credentials)
    expect(signed).toMatchObject({
      Action: 'DescribeCommunityImages',
      Limit: '20',
      PublicKey: 'pub',
    })
    const { Signature, ...rest } = signed
    expect(Signature).toBe(sign(rest, 'secret'))
    expect(Signature).toMatch(/^[0-9a-f]{40}$/)
  })

  it('never puts the private key in what is sent', () => {
    const signed = signRequest({ Action: 'X' }, credentials)
    expect(Object.values(signed).join('|')).not.toContain('secret')
  })

  it('changes the signature when any value changes', () => {
    const a = signRequest({ Action: 'X', Tag: ['a', 'b'] }, credentials)
    const b = signRequest({ Action: 'X', Tag: ['b', 'a'] }, credentials)
    expect(a.Signature).not.toBe(b.Signature)
  })
})

describe('properties', () => {
  const scalar = fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 12 }),
    fc.dictionary(fc.string({ minLength: 1 }), scalar),
  )
  const params = fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/), value)

  it('encoding is deterministic', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(encodeParams(p)).toEqual(encodeParams(p))
      }),
    )
  })

  it('the signature does not depend on the order keys were given in', () => {
    fc.assert(
      fc.property(params, (p) => {
        const reversed = Object.fromEntries(Object.entries(p).reverse())
        expect(signRequest(reversed, { publicKey: 'k', privateKey: 's' })).toEqual(
          signRequest(p, { publicKey: 'k', privateKey: 's' }),
        )
      }),
    )
  })

  it('every number encodes to plain decimal that reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = encodeParams({ N: n }).N ?? ''
        expect(text).toMatch(/^-?\d+(\.\d+)?$/)
        expect(Number(text)).toBe(n === 0 ? 0 : n)
      }),
    )
  })

  // Any Unicode, and the characters the form encoding treats specially, lone surrogates too.
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('\uD800', '\uDFFF', '&', '=', '+', '%', ' ', '.', '中') }),
  )
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/)
  const field = fc.oneof(
    text,
    fc.array(text, { minLength: 1, maxLength: 12 }),
    fc.dictionary(name, text, { minKeys: 1 }),
  )

  it('a signed request still verifies once the form encoding has carried it', () => {
    fc.assert(
      fc.property(fc.dictionary(name, field), (p) => {
        const body = new URLSearchParams(signRequest(p, { publicKey: 'k', privateKey: 's' }))
        const { Signature, ...received } = Object.fromEntries(new URLSearchParams(String(body)))
        expect(sign(received, 's')).toBe(Signature)
      }),
    )
  })

  it('the flat fields read back into exactly the values given', () => {
    const decode = (fields: Record<string, string>) => {
      const out: Record<string, unknown> = {}
      for (const [path, value] of Object.entries(fields)) {
        const [key = '', inner] = path.split('.')
        if (inner === undefined) out[key] = value
        else if (/^\d+$/.test(inner)) ((out[key] ??= []) as string[])[Number(inner)] = value
        else ((out[key] ??= {}) as Record<string, string>)[inner] = value
      }
      return out
    }
    fc.assert(
      fc.property(fc.dictionary(name, field), (p) => {
        expect(decode(encodeParams(p))).toEqual(p)
      }),
    )
  })
})
