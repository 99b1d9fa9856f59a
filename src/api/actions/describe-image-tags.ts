import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { list, normalize, shaped } from '../normalize'

const action = 'DescribeCompShareImageTags'

export interface TagCategory {
  /** The service's category name; empty for tags it puts in none. */
  name: string
  tags: string[]
}

/** The tag vocabulary: every tag once, and the categories to show them in, in order. */
export interface TagVocabulary {
  tags: string[]
  categories: TagCategory[]
}

const names = list(z.string())

// The SDK's schema has `Tags` only; the console's API page adds `TagsMap` (category → tags) and
// `TagIndex` (the categories' order). No source gives counts, so none are read.
const answer = shaped(
  {
    Tags: names,
    TagsMap: z.optional(z.nullable(z.record(z.string(), names))),
    TagIndex: names,
  },
  (a): TagVocabulary => {
    const clean = (tags: readonly string[]) => [
      ...new Set(tags.map((tag) => tag.trim()).filter(Boolean)),
    ]
    const map = a.TagsMap ?? {}
    const order = [...new Set([...a.TagIndex, ...Object.keys(map)])]
    const seen = new Set<string>()
    const categories: TagCategory[] = []
    for (const name of order) {
      const tags = clean(map[name] ?? []).filter((tag) => !seen.has(tag) && seen.add(tag))
      if (tags.length) categories.push({ name, tags })
    }
    const rest = clean(a.Tags).filter((tag) => !seen.has(tag) && seen.add(tag))
    if (rest.length) categories.push({ name: '', tags: rest })
    return { tags: [...seen], categories }
  },
)

/** The tag vocabulary for filters and the publish form. */
export async function describeImageTags(
  client: ApiClient,
  options?: CallOptions,
): Promise<TagVocabulary> {
  const raw = await client.call(action, {}, options)
  return normalize(answer, raw, action)
}
