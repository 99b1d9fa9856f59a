import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/en'
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
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()

describe('message catalogues', () => {
  const zhKeys = flatten(zh)
  const enKeys = flatten(en)

  it('have exactly the same keys in Chinese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...zhKeys.keys()].sort())
  })

  it('have no empty message', () => {
    for (const [key, value] of [...zhKeys, ...enKeys]) expect(value.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of zhKeys) {
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(value))
    }
  })
})
