import type { ActionHandler } from './context.ts'
import { maxTagFilters } from '../bounds.ts'
import type { GroupView } from '../state/group-view.ts'
import { invalidParameter } from './errors.ts'
import { list, optionalBoolean, optionalText, page, type Fields } from './params.ts'
import {
  runQuery,
  sortFields,
  sortViews,
  type Filters,
  type Sort,
  type SortField,
  type TagLookup,
} from '../state/query.ts'
import { groupJson } from '../state/serialize.ts'

/** The Tag.N values, refused past maxTagFilters (each may cost a scan of every group). */
function tagFilters(fields: Fields): string[] {
  const tags = list(fields, 'Tag')
  if (tags.length > maxTagFilters) {
    throw invalidParameter('Tag.N', `at most ${maxTagFilters} tags, got ${tags.length}`)
  }
  return tags.filter((tag) => tag !== '')
}

function parseFilters(fields: Fields): Filters {
  return {
    name: optionalText(fields, 'Name')?.toLowerCase(),
    author: optionalText(fields, 'Author'),
    fuzzy: optionalText(fields, 'FuzzySearch')?.toLowerCase(),
    tags: tagFilters(fields),
    isFree: optionalBoolean(fields, 'IsFree'),
    isOfficial: optionalBoolean(fields, 'IsOfficial'),
    autoStart: optionalBoolean(fields, 'IfAutoStart'),
    imageId: optionalText(fields, 'CompShareImageId'),
    groupId: optionalText(fields, 'GroupId'),
  }
}

function parseSort(fields: Fields): Sort {
  const field = optionalText(fields, 'SortCondition.Field') ?? 'PubTime'
  if (!(sortFields as readonly string[]).includes(field)) {
    throw invalidParameter('SortCondition.Field', `must be one of ${sortFields.join(', ')}`)
  }
  // Without a SortCondition the newest come first; ASC alone flips that.
  return { field: field as SortField, ascending: optionalBoolean(fields, 'SortCondition.ASC') }
}

function answer(
  ordered: readonly GroupView[],
  fields: Fields,
  favorites: ReadonlySet<string>,
  origin: string,
  listKeys: readonly ('CompshareImageGroup' | 'ImageSetGroup')[],
  lookup?: TagLookup,
): Record<string, unknown> {
  const filters = parseFilters(fields)
  const { offset, limit } = page(fields)
  const result = runQuery(ordered, filters, offset, limit, lookup)
  const groups = result.page.map((view) => groupJson(view, favorites.has(view.group.id), origin))
  return {
    TotalCount: result.total,
    AvailableTotalCount: result.availableTotal,
    ...Object.fromEntries(listKeys.map((key) => [key, groups])),
  }
}

/** The marketplace: every group with a version online or offline, versions in review hidden. */
export const describeCommunityImages: ActionHandler = (fields, { catalogue, account, origin }) => {
  const ordered = catalogue.ordered(parseSort(fields))
  const lookup: TagLookup = (tag) => {
    const members = catalogue.tagMembers(tag)
    return (view) => members[view.index] === 1
  }
  const favorites = catalogue.favorites(account.publicKey)
  return answer(ordered, fields, favorites, origin, ['CompshareImageGroup'], lookup)
}

/**
 * The caller's own groups, every version (Reviewing too), with the same filters and paging. The
 * SDK's schema reads the list from `ImageSetGroup`, the official CLI from `CompshareImageGroup`:
 * both keys carry it, so each client finds it where it looks.
 */
export const describeSelfCommunityImages: ActionHandler = (fields, context) => {
  const { catalogue, account, origin } = context
  const ordered = sortViews(catalogue.ownViews(account.nickname), parseSort(fields))
  const favorites = catalogue.favorites(account.publicKey)
  return answer(ordered, fields, favorites, origin, ['ImageSetGroup', 'CompshareImageGroup'])
}
