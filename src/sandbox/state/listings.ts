import { maxCachedTagLength, tagCacheEntries } from '../bounds.ts'
import { viewOf, type GroupView } from './group-view.ts'
import { compareViews, type Sort } from './query.ts'
import type { CustomImageRecord, GroupRecord, SandboxState, VersionRecord } from '../types.ts'

/**
 * The state plus what is derived from it for fast reads. Indexes (groups, images, ids, the
 * review queue) are built once and kept in step by the write methods; the listing (views,
 * sort orders, tag membership) is rebuilt lazily, and only after writes that change it.
 */
export class Listings {
  #groups: Map<string, GroupRecord> | null = null
  #images: Map<string, CustomImageRecord> | null = null
  /** Each version's group, by version id. */
  #versionGroups: Map<string, GroupRecord> | null = null
  #pending: VersionRecord[] | null = null

  #views: GroupView[] | null = null
  #orders = new Map<string, GroupView[]>()
  /** Least recently used first (a Map keeps insertion order); at most tagCacheEntries. */
  #tags = new Map<string, Uint8Array>()
  #favorites = new Map<string, Set<string>>()

  constructor(readonly state: SandboxState) {}

  /** Versions changed status (review approval): every view may show something else now. */
  listingChanged(): void {
    this.#views = null
    this.#orders.clear()
    this.#tags.clear()
  }

  /** A star moved one group's count: move that group within the orders sorted by count. */
  starsChanged(group: GroupRecord): void {
    this.#favorites.clear()
    for (const [key, order] of this.#orders) {
      const sort = JSON.parse(key) as Sort
      if (sort.field !== 'Favor' && sort.field !== 'FavoritesCount') continue
      const at = order.findIndex((view) => view.group === group)
      if (at < 0) continue
      const [view] = order.splice(at, 1) as [GroupView]
      const compare = compareViews(sort)
      let low = 0
      let high = order.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (compare(order[mid] as GroupView, view) < 0) low = mid + 1
        else high = mid
      }
      order.splice(low, 0, view)
    }
  }

  /** A new Reviewing version: the marketplace does not show it, so the listing stands. */
  published(group: GroupRecord, version: VersionRecord): void {
    this.#groups?.set(group.id, group)
    this.#versionGroups?.set(version.id, group)
    this.#pending?.push(version)
  }

  /**
   * A version edited in place: what the listings show of it may have changed (hidden, back in
   * review, new tags or name), and it may be waiting for the review clock again.
   */
  updated(version: VersionRecord): void {
    const pending = this.#pending
    if (pending && version.status === 'Reviewing' && version.autoApprove) {
      if (!pending.includes(version)) pending.push(version)
    }
    this.listingChanged()
  }

  /** Groups with at least one version the marketplace shows (group-view.ts), in state order. */
  communityViews(): GroupView[] {
    if (!this.#views) {
      const views: GroupView[] = []
      for (const group of this.state.groups) {
        const view = viewOf(group, 'community', views.length)
        if (view) views.push(view)
      }
      this.#views = views
    }
    return this.#views
  }

  /** The community views in `sort` order, cached until the listing changes. */
  ordered(sort: Sort): GroupView[] {
    const key = JSON.stringify(sort)
    let order = this.#orders.get(key)
    if (!order) {
      order = [...this.communityViews()].sort(compareViews(sort))
      this.#orders.set(key, order)
    }
    return order
  }

  ownViews(nickname: string): GroupView[] {
    const views: GroupView[] = []
    for (const group of this.state.groups) {
      if (group.owner !== nickname) continue
      const view = viewOf(group, 'self', views.length)
      if (view) views.push(view)
    }
    return views
  }

  /**
   * Which community views (by `index`) carry `tag` on their current version: 1 or 0. Cached
   * for the most recently asked tags only, so distinct queries cannot grow memory without end.
   */
  tagMembers(tag: string): Uint8Array {
    let members = this.#tags.get(tag)
    if (members) {
      // Moved to the end: now the most recently used.
      this.#tags.delete(tag)
    } else {
      const views = this.communityViews()
      members = new Uint8Array(views.length)
      for (const view of views) if (view.current.tags.includes(tag)) members[view.index] = 1
      if (tag.length > maxCachedTagLength) return members
      if (this.#tags.size >= tagCacheEntries) {
        this.#tags.delete(this.#tags.keys().next().value as string)
      }
    }
    this.#tags.set(tag, members)
    return members
  }

  /** How many tag membership arrays are cached, for tests of the bound. */
  get tagCacheSize(): number {
    return this.#tags.size
  }

  group(id: string): GroupRecord | undefined {
    this.#groups ??= new Map(this.state.groups.map((group) => [group.id, group]))
    return this.#groups.get(id)
  }

  customImage(id: string): CustomImageRecord | undefined {
    this.#images ??= new Map(this.state.customImages.map((image) => [image.id, image]))
    return this.#images.get(id)
  }

  /** The group holding the published version `id`, if there is one. */
  versionGroup(id: string): GroupRecord | undefined {
    this.#versionGroups ??= new Map(
      this.state.groups.flatMap((group) => group.versions.map((v) => [v.id, group] as const)),
    )
    return this.#versionGroups.get(id)
  }

  hasVersionId(id: string): boolean {
    return this.versionGroup(id) !== undefined
  }

  favorites(publicKey: string): Set<string> {
    let set = this.#favorites.get(publicKey)
    if (!set) {
      set = new Set(this.state.favorites[publicKey] ?? [])
      this.#favorites.set(publicKey, set)
    }
    return set
  }

  /** Published versions still waiting for the review clock (seeded ones wait forever). */
  pendingReviews(): VersionRecord[] {
    this.#pending ??= this.state.groups.flatMap((group) =>
      group.versions.filter((version) => version.status === 'Reviewing' && version.autoApprove),
    )
    return this.#pending
  }

  setPendingReviews(pending: VersionRecord[]): void {
    this.#pending = pending
  }
}
