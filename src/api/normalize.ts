import { z } from 'zod'
import { ApiError } from './errors'
import type { RawAnswer } from './client'

// The real service is loose: lists may be missing or null, numbers may come as strings,
// booleans as "True"/"true"/1. These coercers accept all of that and nothing stranger.

const numberLike = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])

/** A number; missing or null becomes `fallback`. */
export const num = (fallback = 0) => numberLike.nullish().transform((value) => value ?? fallback)

export const str = z
  .union([z.string(), z.number().transform(String)])
  .nullish()
  .transform((value) => value ?? '')

export const bool = z
  .union([
    z.boolean(),
    z.number().transform((value) => value !== 0),
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['true', 'false', '1', '0', '']))
      .transform((value) => value === 'true' || value === '1'),
  ])
  .nullish()
  .transform((value) => value ?? false)

/** A list; missing or null becomes empty. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? [])

/** Runs `schema` over an answer; anything it cannot accept becomes a `parse` ApiError. */
export function normalize<T extends z.ZodType>(
  schema: T,
  answer: RawAnswer,
  action: string,
): z.output<T> {
  const result = schema.safeParse(answer)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'answer'
  throw new ApiError({
    kind: 'parse',
    action,
    message: `Unexpected answer at ${where}: ${issue?.message ?? 'invalid'}`,
  })
}
