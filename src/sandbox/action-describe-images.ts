import type { ActionHandler } from './action-context.ts'
import type { GroupView } from './group-view.ts'
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
} from './query.ts'
import { groupJson } from './serialize.ts'

function parseFilters(fields: Fields): Filters {
  return {
    name: optionalText(fields, 'Name')?.toLowerCase(),
    author: optionalText(fields, 'Author'),
    fuzzy: optionalText(fields, 'FuzzySearch')?.toLowerCase(),
    tags: list(fields, 'Tag').filter((tag) => tag !== ''),
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
  lookup?: TagLookup,
): Record<string, unknown> {
  const filters = parseFilters(fields)
  const { offset, limit } = page(fields)
  const result = runQuery(ordered, filters, offset, limit, lookup)
  return {
    TotalCount: result.total,
    AvailableTotalCount: result.availableTotal,
    CompshareImageGroup: result.page.map((view) => groupJson(view, favorites.has(view.group.id))),
  }
}

/** The marketplace: every group with a version online or offline, versions in review hidden. */
export const describeCommunityImages: ActionHandler = (fields, { catalogue, account }) => {
  const ordered = catalogue.ordered(parseSort(fields))
  const lookup: TagLookup = (tag) => {
    const members = catalogue.tagMembers(tag)
    return (view) => members[view.index] === 1
  }
  return answer(ordered, fields, catalogue.favorites(account.publicKey), lookup)
}

/** The caller's own groups, every version (Reviewing too), with the same filters and paging. */
export const describeSelfCommunityImages: ActionHandler = (fields, { catalogue, account }) => {
  const ordered = sortViews(catalogue.ownViews(account.nickname), parseSort(fields))
  return answer(ordered, fields, catalogue.favorites(account.publicKey))
}
