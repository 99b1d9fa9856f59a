import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { list, normalize, shaped } from '../normalize'

const action = 'DescribeCompShareImageTags'

export interface TagCategory {
  /** The service's category name; empty for tags it puts in none. */
  name: string
  tags: string[]
}

/** The tag vocabulary: every tag once, in `Tags` order, and the categories to show them in. */
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
    const all = clean(a.Tags)
    const rest = all.filter((tag) => !seen.has(tag) && seen.add(tag))
    if (rest.length) categories.push({ name: '', tags: rest })
    // In the service's own order first (the sandbox's: most used first), for suggestions.
    return { tags: [...new Set([...all, ...seen])], categories }
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
