import * as z from 'zod/mini'
import { ApiError } from './errors'
import './zod-setup'
import type { RawAnswer } from './client'

// The real service is loose: lists may be missing or null, numbers may come as strings,
// booleans as "True"/"true"/1. These coercers accept all of that and nothing stranger.
// zod/mini: the same checks as zod, in pieces a bundler can leave out (ADR 0015).

const numberLike = z.union([
  z.number(),
  z.pipe(z.string().check(z.trim(), z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number)),
])

/** A number; missing or null becomes `fallback`. */
export const num = (fallback = 0) => orElse(numberLike, fallback)

export const str = orElse(z.union([z.string(), z.pipe(z.number(), z.transform(String))]), '')

export const bool = orElse(
  z.union([
    z.boolean(),
    z.pipe(
      z.number(),
      z.transform((value) => value !== 0),
    ),
    z.pipe(
      z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(['true', 'false', '1', '0', ''])),
      z.transform((value) => value === 'true' || value === '1'),
    ),
  ]),
  false,
)

/** A list; missing or null becomes empty. */
export const list = <T extends z.ZodMiniType>(item: T) => orElse(z.array(item), [] as z.output<T>[])

/** `schema`, where missing or null becomes `fallback`. */
export function orElse<T extends z.ZodMiniType, F>(schema: T, fallback: F) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value) => value ?? fallback),
  )
}

/** An object of the service's fields, reshaped into the app's own names. */
export function shaped<S extends z.core.$ZodLooseShape, T>(
  shape: S,
  reshape: (value: z.output<z.ZodMiniObject<S>>) => T,
) {
  return z.pipe(z.object(shape), z.transform(reshape))
}

/** Runs `schema` over an answer; anything it cannot accept becomes a `parse` ApiError. */
export function normalize<T extends z.ZodMiniType>(
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
