import * as z from 'zod/mini'
import type { ApiClient, CallOptions } from '../client'
import { normalize, num, shaped } from '../normalize'

const action = 'DescribeCompShareImageTags'

export interface ImageTag {
  name: string
  /** How many groups carry it, when the service says. */
  count: number | null
}

// The answer's shape is not published: accept a list under any of the names seen in UCloud
// APIs, of strings or of objects naming the tag.
const tagObject = shaped(
  {
    Name: z.optional(z.string()),
    TagName: z.optional(z.string()),
    Tag: z.optional(z.string()),
    Count: num(-1),
  },
  (t): ImageTag => ({
    name: (t.Name ?? t.TagName ?? t.Tag ?? '').trim(),
    count: t.Count < 0 ? null : t.Count,
  }),
)
const tag = z.union([
  z.pipe(
    z.string(),
    z.transform((name): ImageTag => ({ name: name.trim(), count: null })),
  ),
  tagObject,
])
const tagList = z.nullish(z.array(tag))

const answer = shaped({ TagSet: tagList, Tags: tagList, TagList: tagList, Data: tagList }, (a) => {
  const tags = a.TagSet ?? a.Tags ?? a.TagList ?? a.Data ?? []
  const seen = new Set<string>()
  return tags.filter((t) => t.name !== '' && !seen.has(t.name) && seen.add(t.name))
})

/** The tag vocabulary for filters and the publish form. */
export async function describeImageTags(
  client: ApiClient,
  options?: CallOptions,
): Promise<ImageTag[]> {
  const raw = await client.call(action, {}, options)
  return normalize(answer, raw, action)
}
