import { invalidParameter } from './errors.ts'

/** The flat form fields of one request, as received (`Tag.0`, `SortCondition.Field`…). */
export type Fields = Readonly<Record<string, string>>

/** A non-empty value, or undefined when the field is absent or empty. */
export function optionalText(fields: Fields, name: string): string | undefined {
  const value = fields[name]
  return value === undefined || value === '' ? undefined : value
}

/** `K.0`, `K.1`… in index order (numerically, so `K.10` follows `K.9`); a bare `K` counts too. */
export function list(fields: Fields, name: string): string[] {
  const prefix = `${name}.`
  const indexed: [number, string][] = []
  for (const [key, value] of Object.entries(fields)) {
    if (!key.startsWith(prefix)) continue
    const index = key.slice(prefix.length)
    if (!/^\d+$/.test(index)) continue
    indexed.push([Number(index), value])
  }
  indexed.sort((a, b) => a[0] - b[0])
  const values = indexed.map(([, value]) => value)
  const bare = fields[name]
  if (bare !== undefined && bare !== '') values.unshift(bare)
  return values
}

/** `true`/`false` as the SDKs send them (any case); absent means `fallback`. */
export function optionalBoolean(fields: Fields, name: string, fallback = false): boolean {
  const value = fields[name]
  if (value === undefined) return fallback
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw invalidParameter(name, 'must be true or false')
}

export function nonNegativeInteger(fields: Fields, name: string, fallback: number): number {
  const value = fields[name]
  if (value === undefined) return fallback
  if (!/^\+?\d+$/.test(value.trim())) throw invalidParameter(name, 'must be a non-negative integer')
  const parsed = Number(value)
  if (!Number.isSafeInteger(parsed)) throw invalidParameter(name, 'is too large')
  return parsed
}

export const maxLimit = 100

export interface Page {
  offset: number
  limit: number
}

/** Offset default 0; Limit default 20, capped at 100 rather than refused (as list APIs do). */
export function page(fields: Fields): Page {
  const offset = nonNegativeInteger(fields, 'Offset', 0)
  const limit = nonNegativeInteger(fields, 'Limit', 20)
  return { offset, limit: Math.min(limit, maxLimit) }
}
