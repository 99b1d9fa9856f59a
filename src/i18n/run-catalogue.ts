import type { Language } from './catalogue'
import { translator, type Leaves, type MessageValues } from './i18n'
import type { runZh } from './run-zh'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

/** The shape of the run catalogue: the Chinese one, its strings widened. */
export type RunCatalogue = Strings<typeof runZh>
export type RunKey = Leaves<RunCatalogue>
export type RunT = (key: RunKey, values?: MessageValues) => string

/** A translator over the run catalogue of `language`, by the main catalogue's rules. */
export function runTranslator(catalogue: RunCatalogue, language: Language): RunT {
  // The rules of `translator` do not depend on which catalogue they read.
  return translator(catalogue as never, language) as unknown as RunT
}
