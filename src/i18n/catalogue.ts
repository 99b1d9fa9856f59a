import type { zh } from './zh'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** Shape every catalogue must have: the Chinese one, with its strings widened. */
export type Catalogue = Widen<typeof zh>

export const languages = ['zh', 'en'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}
