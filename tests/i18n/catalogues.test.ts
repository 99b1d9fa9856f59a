import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/en'
import { runEn } from '@/i18n/run-en'
import { runZh } from '@/i18n/run-zh'
import { zh } from '@/i18n/zh'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else flatten(value, path).forEach((v, k) => out.set(k, v))
  }
  return out
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*(?:,\s*(\w+)\s*)?}}/g)].map((m) => m.slice(1).join(' ')).sort()

/** A plural message's plain name: `a.count_other` → `a.count`. */
const plain = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

// The main catalogue, and the one of running an image (loaded with its pages only).
describe.each([
  ['main', zh, en],
  ['run', runZh, runEn],
] as [string, Tree, Tree][])('the %s message catalogues', (_name, zhTree, enTree) => {
  const zhKeys = flatten(zhTree)
  const enKeys = flatten(enTree)

  it('have exactly the same keys in Chinese and English, besides English plural forms', () => {
    const english = [...enKeys.keys()].filter((key) => !key.endsWith('_one'))
    expect(english.sort()).toEqual([...zhKeys.keys()].sort())
    // Chinese has one plural form (Intl.PluralRules says "other" for every number).
    expect(new Intl.PluralRules('zh-CN').resolvedOptions().pluralCategories).toEqual(['other'])
    for (const key of zhKeys.keys()) expect(key, key).not.toMatch(/_(zero|one|two|few|many)$/)
  })

  it('give every English plural both the forms English has, and a count to choose by', () => {
    const forms = new Intl.PluralRules('en').resolvedOptions().pluralCategories
    for (const key of enKeys.keys()) {
      if (plain(key) === key) continue
      for (const form of forms) expect(enKeys.has(`${plain(key)}_${form}`), key).toBe(true)
      if (key.endsWith('_other')) expect(enKeys.get(key), key).toMatch(/{{count\b/)
    }
  })

  it('use full-width punctuation in Chinese text', () => {
    // A half-width , : ; ! ? or parenthesis beside a Chinese character is a typo in Chinese.
    const cjk = '[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]'
    const halfWidth = new RegExp(`${cjk}[,:;!?()]|[,:;!?()]${cjk}`, 'u')
    const found = [...zhKeys].filter(([, value]) => halfWidth.test(value))
    expect(found.map(([key, value]) => `${key}: ${value}`)).toEqual([])
  })

  it('have no empty message', () => {
    for (const [key, value] of [...zhKeys, ...enKeys]) expect(value.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of zhKeys) {
      const english = enKeys.get(key) ?? ''
      expect(placeholders(english), key).toEqual(placeholders(value))
    }
  })
})
