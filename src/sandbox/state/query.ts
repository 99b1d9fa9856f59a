import type { GroupView } from './group-view.ts'

export const sortFields = ['Favor', 'FavoritesCount', 'PubTime', 'ImageUseTime'] as const
export type SortField = (typeof sortFields)[number]

export interface Sort {
  field: SortField
  ascending: boolean
}

export interface Filters {
  /** Lower-cased. */
  name?: string | undefined
  author?: string | undefined
  /** Lower-cased. */
  fuzzy?: string | undefined
  tags: readonly string[]
  isFree: boolean
  isOfficial: boolean
  autoStart: boolean
  imageId?: string | undefined
  groupId?: string | undefined
}

export interface QueryResult {
  total: number
  availableTotal: number
  page: GroupView[]
}

const sortKey: Record<SortField, (view: GroupView) => number> = {
  Favor: (view) => view.group.favoritesCount,
  FavoritesCount: (view) => view.group.favoritesCount,
  PubTime: (view) => view.current.pubTime,
  ImageUseTime: (view) => view.group.imageUseTime,
}

/** By the field, ties always by GroupId ascending, so every order is total and pages stable. */
export function compareViews(sort: Sort): (a: GroupView, b: GroupView) => number {
  const key = sortKey[sort.field]
  const direction = sort.ascending ? 1 : -1
  return (a, b) =>
    direction * (key(a) - key(b)) ||
    (a.group.id < b.group.id ? -1 : a.group.id > b.group.id ? 1 : 0)
}

export function sortViews(views: readonly GroupView[], sort: Sort): GroupView[] {
  return [...views].sort(compareViews(sort))
}

/** Answers whether a view carries a tag; the community listing passes a prebuilt index. */
export type TagLookup = (tag: string) => (view: GroupView) => boolean

const scanTags: TagLookup = (tag) => (view) => view.current.tags.includes(tag)

function matcher(filters: Filters, lookup: TagLookup): (view: GroupView) => boolean {
  const { name, author, fuzzy, isFree, isOfficial, autoStart, imageId, groupId } = filters
  const tagChecks = filters.tags.map(lookup)
  return (view) => {
    if (groupId !== undefined && view.group.id !== groupId) return false
    if (isFree && !view.free) return false
    if (isOfficial && !view.official) return false
    if (autoStart && !view.autoStart) return false
    for (const hasTag of tagChecks) if (!hasTag(view)) return false
    if (author !== undefined && view.author !== author) return false
    if (name !== undefined && !view.nameLower.includes(name)) return false
    if (
      fuzzy !== undefined &&
      !view.nameLower.includes(fuzzy) &&
      !view.authorLower.includes(fuzzy)
    ) {
      return false
    }
    if (imageId !== undefined && !view.versions.some((version) => version.id === imageId)) {
      return false
    }
    return true
  }
}

/** One pass over views already in the requested order: counts every match, keeps one page. */
export function runQuery(
  ordered: readonly GroupView[],
  filters: Filters,
  offset: number,
  limit: number,
  lookup: TagLookup = scanTags,
): QueryResult {
  const matches = matcher(filters, lookup)
  const page: GroupView[] = []
  let total = 0
  let availableTotal = 0
  for (const view of ordered) {
    if (!matches(view)) continue
    if (total >= offset && page.length < limit) page.push(view)
    total++
    if (view.available) availableTotal++
  }
  return { total, availableTotal, page }
}
