import { z } from 'zod'
import type { ApiClient, CallOptions } from '../client'
import { normalize, num } from '../normalize'

const action = 'DescribeCompShareImageTags'

export interface ImageTag {
  name: string
  /** How many groups carry it, when the service says. */
  count: number | null
}

// The answer's shape is not published: accept a list under any of the names seen in UCloud
// APIs, of strings or of objects naming the tag.
const tagObject = z
  .object({
    Name: z.string().optional(),
    TagName: z.string().optional(),
    Tag: z.string().optional(),
    Count: num(-1),
  })
  .transform((t): ImageTag => ({
    name: (t.Name ?? t.TagName ?? t.Tag ?? '').trim(),
    count: t.Count < 0 ? null : t.Count,
  }))
const tag = z.union([
  z.string().transform((name): ImageTag => ({ name: name.trim(), count: null })),
  tagObject,
])
const tagList = z.array(tag).nullish()

const answer = z
  .object({ TagSet: tagList, Tags: tagList, TagList: tagList, Data: tagList })
  .transform((a) => {
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
