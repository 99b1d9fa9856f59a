import type { CoverSpec } from '../types.ts'

/** Cover URLs are same-origin paths under this prefix, served by both adapters. */
export const coverPathPrefix = '/sandbox/covers/'

/** Keys are file names we minted ourselves; anything else (`..`, slashes) is not ours. */
const coverKeyPattern = /^[a-z0-9][a-z0-9-]{0,80}\.(svg|png|jpg|webp)$/

export const coverTypes = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
} as const

export type CoverExtension = keyof typeof coverTypes

export function coverUrl(key: string): string {
  return coverPathPrefix + key
}

export function parseCoverKey(key: string): CoverExtension | null {
  const match = coverKeyPattern.exec(key)
  return match ? (match[1] as CoverExtension) : null
}

/** Which raster format the bytes are, by magic number; covers accept only these three. */
export function sniffImage(bytes: Uint8Array): Exclude<CoverExtension, 'svg'> | null {
  const starts = (offset: number, expected: number[]) =>
    expected.every((byte, i) => bytes[offset + i] === byte)
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts(0, [0xff, 0xd8, 0xff])) return 'jpg'
  // RIFF....WEBP
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return 'webp'
  return null
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Four abstract backdrops, so neighbouring cards do not all look alike. */
function motif(spec: CoverSpec): string {
  const accent = `hsl(${(spec.hue + 40) % 360} 90% 70% / 0.35)`
  switch (spec.motif % 4) {
    case 0:
      return [0, 1, 2, 3, 4]
        .map(
          (i) =>
            `<circle cx="${520 - i * 30}" cy="${80 + i * 20}" r="${40 + i * 28}" fill="none" stroke="${accent}" stroke-width="3"/>`,
        )
        .join('')
    case 1:
      return Array.from(
        { length: 8 },
        (_, i) =>
          `<path d="M0 ${220 + i * 18} Q160 ${170 + i * 18} 320 ${220 + i * 18} T640 ${220 + i * 18}" fill="none" stroke="${accent}" stroke-width="2"/>`,
      ).join('')
    case 2:
      return Array.from({ length: 48 }, (_, i) => {
        const x = 360 + (i % 8) * 34
        const y = 30 + Math.floor(i / 8) * 34
        return `<rect x="${x}" y="${y}" width="22" height="22" rx="4" fill="${accent}" opacity="${((i * 7) % 10) / 10}"/>`
      }).join('')
    default:
      return `<polygon points="420,40 600,140 560,320 380,300 330,150" fill="${accent}"/><polygon points="470,90 560,150 530,260 430,250 400,160" fill="none" stroke="${accent}" stroke-width="3"/>`
  }
}

/** About how wide `text` draws, in ems: CJK and full-width characters are square, others narrower. */
export function textWidthEm(text: string): number {
  let width = 0
  for (const char of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 1
        : /[A-Z@%&MW]/.test(char)
          ? 0.72
          : 0.6
  }
  return width
}

/**
 * `text` cut to fit `ems` with an ellipsis when it is longer: SVG text neither wraps nor
 * ellipsizes, and a cover must not cut a name off mid-letter at its edge.
 */
export function fitText(text: string, ems: number): string {
  if (textWidthEm(text) <= ems) return text
  const chars = Array.from(text)
  while (chars.length > 0 && textWidthEm(`${chars.join('').trimEnd()}…`) > ems) chars.pop()
  return `${chars.join('').trimEnd()}…`
}

/** Room for the title and subtitle: the cover's width less their 40 px margins, in ems. */
const titleEms = (640 - 80) / 44
const subtitleEms = (640 - 84) / 22

/** A 16:9 SVG cover: gradient, a motif, the product name and a short subtitle. */
export function renderCoverSvg(spec: CoverSpec): string {
  const from = `hsl(${spec.hue} 70% 32%)`
  const to = `hsl(${(spec.hue + 55) % 360} 75% 18%)`
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">',
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    '<rect width="640" height="360" fill="url(#g)"/>',
    motif(spec),
    `<text x="40" y="250" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="44" font-weight="700" fill="#fff">${escapeXml(fitText(spec.title, titleEms))}</text>`,
    `<text x="42" y="296" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="22" fill="rgba(255,255,255,0.8)">${escapeXml(fitText(spec.subtitle, subtitleEms))}</text>`,
    '</svg>',
  ].join('')
}

/**
 * A QR-like badge for an author (three finder squares and a deterministic pixel pattern, not a
 * scannable code): the sandbox has nowhere to send a scan, but QrCodeUrl still opens an image.
 */
export function renderBadgeSvg(seed: number): string {
  const finder = (x: number, y: number): boolean | null => {
    for (const [fx, fy] of [
      [0, 0],
      [14, 0],
      [0, 14],
    ] as const) {
      const lx = x - fx
      const ly = y - fy
      if (lx < -1 || lx > 7 || ly < -1 || ly > 7) continue
      if (lx < 0 || lx > 6 || ly < 0 || ly > 6) return false
      return lx % 6 === 0 || ly % 6 === 0 || (lx >= 2 && lx <= 4 && ly >= 2 && ly <= 4)
    }
    return null
  }
  let bits = seed >>> 0
  const cells: string[] = []
  for (let y = 0; y < 21; y++) {
    for (let x = 0; x < 21; x++) {
      bits = (Math.imul(bits, 1103515245) + 12345) >>> 0
      const on = finder(x, y) ?? (bits >>> 16) % 2 === 1
      if (on) cells.push(`<rect x="${x * 8 + 16}" y="${y * 8 + 16}" width="8" height="8"/>`)
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200"><rect width="200" height="200" fill="#fff"/><g fill="#111">${cells.join('')}</g></svg>`
}
