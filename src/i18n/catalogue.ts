import type { zh } from './zh'

/**
 * Chinese has one plural form (`_other`); another language may add the others of
 * `Intl.PluralRules` (English: `_one`) beside any `_other`.
 */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & {
  [
    K in keyof T as K extends `${infer Base}_other`
      ? `${Base}_${'zero' | 'one' | 'two' | 'few' | 'many'}`
      : never
  ]?: string
}

/** Shape every catalogue must have: the Chinese one, with its strings widened. */
export type Catalogue = Widen<typeof zh>

export const languages = ['zh', 'en'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}
