import { describe, expect, it } from 'vitest'
import { fitText, renderCoverSvg, textWidthEm } from '@/sandbox/seed/covers'

const spec = { title: '', subtitle: 'v1.0.0', hue: 200, motif: 1 }
/** The title's text as drawn in the SVG. */
const title = (svg: string) => /font-size="44"[^>]*>([^<]*)</.exec(svg)?.[1] ?? ''
const room = (640 - 80) / 44

describe('generated covers (the sandbox’s placeholder for a version published without one)', () => {
  it('keep a short title whole', () => {
    expect(title(renderCoverSvg({ ...spec, title: 'ComfyUI' }))).toBe('ComfyUI')
  })

  it.each([
    ['a long Latin name', 'Stable Diffusion WebUI Forge with every extension preinstalled'],
    ['a long Chinese name', '通义千问大模型推理服务一键部署环境含全部依赖与示例'],
    ['a name with no spaces', 'x'.repeat(64)],
  ])('cut %s to the cover’s width with an ellipsis, never mid-edge', (_, name) => {
    const drawn = title(renderCoverSvg({ ...spec, title: name }))
    expect(drawn.endsWith('…')).toBe(true)
    expect(name.startsWith(drawn.slice(0, -1))).toBe(true)
    expect(textWidthEm(drawn)).toBeLessThanOrEqual(room)
    // As much of the name as fits: one more character would not.
    const more = Array.from(name).slice(0, Array.from(drawn).length).join('')
    expect(textWidthEm(`${more}…`)).toBeGreaterThan(room)
  })

  it('counts full-width characters as square and others as narrower', () => {
    expect(textWidthEm('模型')).toBe(2)
    expect(textWidthEm('ab')).toBeCloseTo(1.2)
    expect(fitText('abc', 10)).toBe('abc')
  })
})
