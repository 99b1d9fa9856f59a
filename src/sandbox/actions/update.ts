import type { ActionHandler } from './context.ts'
import type { VersionRecord } from '../types.ts'
import { validateUpdate } from './update-validate.ts'

/** What the marketplace shows of a release: a change to any of these is reviewed again. */
const reviewed = ['name', 'cover', 'tags', 'price', 'gpus', 'autoStart'] as const
type Edit = Partial<
  Pick<VersionRecord, (typeof reviewed)[number] | 'description' | 'versionDesc' | 'readme'>
>

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b

/**
 * Edits one published version in place (docs/decisions/0018). Descriptions, version notes,
 * readme and Visibility apply at once; a change to a reviewed field sends an Available version
 * back to Reviewing, and restarts the clock of one already there. A field sent with the value
 * it has is no change: nothing is written, and UpdateTime stays.
 */
export const updateImage: ActionHandler = (fields, context) => {
  const input = validateUpdate(fields, context)
  const { group, version } = input
  // The upload is written before the state changes, so a failed write leaves nothing half-done.
  const cover = input.cover
    ? context.storeCover(input.cover.bytes, input.cover.extension)
    : undefined
  const edit: Edit = {
    name: input.name,
    cover,
    tags: input.tags,
    price: input.price,
    gpus: input.gpus,
    autoStart: input.autoStart,
    description: input.description,
    versionDesc: input.versionDesc,
    readme: input.readme,
  }
  const changed = (Object.keys(edit) as (keyof Edit)[]).filter(
    (key) => edit[key] !== undefined && !same(edit[key], version[key]),
  )
  const hide = input.hidden !== undefined && input.hidden !== (version.hidden ?? false)
  if (changed.length === 0 && !hide) return {}

  Object.assign(version, Object.fromEntries(changed.map((key) => [key, edit[key]])))
  if (hide) {
    if (input.hidden) version.hidden = true
    else delete version.hidden
  }
  if (changed.some((key) => (reviewed as readonly string[]).includes(key))) {
    if (version.status === 'Available') {
      version.status = 'Reviewing'
      version.autoApprove = true
    }
    // A seeded version stuck in review stays stuck; any other starts its clock again.
    if (version.status === 'Reviewing') version.reviewSince = context.now
  }
  version.updateTime = context.now
  context.commit({ kind: 'updated', group, version })
  return {}
}
