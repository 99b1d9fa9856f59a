import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { ApiError } from '@/api/errors'
import { createScrubber } from '@/api/scrub'

// A private key with every character class a key may hold: those URL, JSON, HTML and Base64
// spell differently from the key itself.
const privateKey = 'Zx9/q+Lm=W&e"r\\t<y>u\'i!o~p*a(s)d_f-g.hJ2k'
const publicKey = 'ucloudsomeone@example.com1296235120854146120'
const body = new URLSearchParams({ Action: 'X', PublicKey: privateKey, Limit: '1' }).toString()
const bytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text))
const base64 = (text: string) => btoa(bytes(text))
const perChar = (text: string, spell: (code: number) => string) =>
  [...text].map((char) => spell(char.charCodeAt(0))).join('')
const hex = (code: number) => code.toString(16).padStart(2, '0')

/** Every way an upstream was seen, or could be expected, to hand a key back. */
const echoes: Record<string, string> = {
  plain: privateKey,
  'percent (encodeURIComponent)': encodeURIComponent(privateKey),
  'percent, lower-case hex': encodeURIComponent(privateKey).replace(/%[0-9A-F]{2}/g, (m) =>
    m.toLowerCase(),
  ),
  'percent, every character': perChar(privateKey, (code) => `%${hex(code).toUpperCase()}`),
  'percent, twice': encodeURIComponent(encodeURIComponent(privateKey)),
  'the whole form body': body,
  'JSON string': JSON.stringify(privateKey),
  'JSON with escaped slashes': JSON.stringify(privateKey).replace(/\//g, '\\/'),
  'JSON \\u escapes': perChar(privateKey, (code) => `\\u${hex(code).padStart(4, '0')}`),
  'JSON of the form body': JSON.stringify({ echo: body }),
  'HTML entities, hex': perChar(privateKey, (code) => `&#x${hex(code)};`),
  'HTML entities, decimal': perChar(privateKey, (code) => `&#${code};`),
  'Base64 of the key': base64(privateKey),
  'Base64 of the form body': base64(body),
  'Base64 of the form body, one byte later': base64(`x${body}`),
  'Base64 of the form body, two bytes later': base64(`xy${body}`),
  'Base64url of the form body': base64(body).replace(/\+/g, '-').replace(/\//g, '_'),
  'Base64 of the form body, percent-encoded': encodeURIComponent(base64(`xy${body}`)),
}

describe('the key scrubber', () => {
  const scrub = createScrubber([publicKey, privateKey])

  it.each(Object.entries(echoes))('removes the key spelled as %s', (_, echo) => {
    const out = scrub(`upstream said: ${echo} (end)`)
    expect(out).toContain('***')
    expect(out).toMatch(/^upstream said: /)
    expect(out).toMatch(/ \(end\)$/)
    // Nothing left that still decodes to the key, in any spelling above.
    for (const spelling of Object.values(echoes)) expect(out).not.toContain(spelling)
  })

  it('leaves text without a key exactly as it was', () => {
    const text = 'user not found: 请检查公钥 / RetCode 172 / aGVsbG8gd29ybGQ= / %2F'
    expect(scrub(text)).toBe(text)
  })

  it('ignores empty and very short keys rather than starring every letter', () => {
    expect(createScrubber(['', 'ab'])('a cab ab')).toBe('a cab ab')
  })
})

describe('the client shows no key in any spelling', () => {
  const keys = { publicKey, privateKey }
  const answer = (echo: string, headers: Record<string, string> = {}, status = 200) =>
    createApiClient({
      baseUrl: 'https://api.example.test/',
      credentials: keys,
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ RetCode: 172, Message: `user not found: ${echo}` }), {
            status,
            headers: { 'Content-Type': 'application/json', ...headers },
          }),
        ),
    })
  const shown = (error: ApiError) =>
    JSON.stringify({ message: error.message, requestId: error.requestId, stack: error.stack })

  it.each(Object.entries(echoes))('in the message, spelled as %s', async (_, echo) => {
    const error = (await answer(echo)
      .call('X', {})
      .catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toMatch(/^user not found: /)
    for (const spelling of Object.values(echoes)) expect(shown(error)).not.toContain(spelling)
  })

  it('in the request-id header and an HTTP error', async () => {
    const client = answer(
      encodeURIComponent(privateKey),
      {
        'X-UCLOUD-REQUEST-UUID': `req-${encodeURIComponent(privateKey)}`,
      },
      502,
    )
    const error = (await client.call('X', {}).catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('http')
    expect(error.requestId).toBe('req-***')
    expect(shown(error)).not.toContain(encodeURIComponent(privateKey))
  })

  it('in any field of a successful answer', async () => {
    const client = createApiClient({
      baseUrl: 'https://api.example.test/',
      credentials: keys,
      fetch: () =>
        Promise.resolve(
          Response.json({
            RetCode: 0,
            Echo: { Name: base64(body), List: [encodeURIComponent(privateKey), 3, true, null] },
          }),
        ),
    })
    const result = await client.call('X', {})
    expect(result).toEqual({
      RetCode: 0,
      Echo: { Name: expect.stringContaining('***') as string, List: ['***', 3, true, null] },
    })
    expect(JSON.stringify(result)).not.toContain(base64(body).slice(20, 40))
  })
})
