import type { Change } from '../actions/context.ts'
import type {
  CoverSpec,
  GroupRecord,
  InstanceRecord,
  SandboxState,
  VersionRecord,
} from '../types.ts'

/**
 * Which journal a snapshot belongs to, and its last entry already in the snapshot. The id is
 * new with every seed, so entries written against an older state are never replayed onto a
 * reset one; `seq` lets a snapshot written just before a crash skip entries it already holds.
 */
export interface JournalMark {
  id: string
  seq: number
}

/** One committed change: what replaying it onto the state before needs, and no more. */
export type JournalChange =
  /** The whole group (new, or with its new version), and the cover drawn for it, if any. */
  | { kind: 'published'; group: GroupRecord; version: string; covers: Record<string, CoverSpec> }
  /** One version as it is after an edit; it replaces the version of that id in its group. */
  | { kind: 'updated'; group: string; version: VersionRecord }
  /** The accounts starring the group after the change, rather than a delta: replays idempotently. */
  | { kind: 'stars'; group: string; favoritesCount: number; starredBy: string[] }
  | { kind: 'approved'; versions: { id: string; at: number }[] }
  /**
   * Instances as they are after the change (a new one is added, a known one replaced) and ids
   * terminated: whole records, so it replays the same however often. The clock's transitions
   * are journaled the same way when a request applies them.
   */
  | { kind: 'instances'; upsert: InstanceRecord[]; remove: string[] }

export interface JournalEntry extends JournalMark {
  change: JournalChange
}

export function journalChange(change: Change, state: SandboxState): JournalChange {
  switch (change.kind) {
    case 'stars': {
      const { id, favoritesCount } = change.group
      const starredBy = Object.keys(state.favorites).filter((key) =>
        state.favorites[key]?.includes(id),
      )
      return { kind: 'stars', group: id, favoritesCount, starredBy }
    }
    case 'published': {
      // A publish without a cover draws one, keyed by the last part of the version's cover URL.
      const key = change.version.cover.split('/').pop() ?? ''
      const spec = state.generatedCovers[key]
      const covers = spec ? { [key]: spec } : {}
      return { kind: 'published', group: change.group, version: change.version.id, covers }
    }
    case 'updated':
      return { kind: 'updated', group: change.group.id, version: change.version }
    case 'instances':
      return change
  }
}

function applyInstances(state: SandboxState, upsert: InstanceRecord[], remove: string[]) {
  for (const instance of upsert) {
    const at = state.instances.findIndex((candidate) => candidate.id === instance.id)
    if (at >= 0) state.instances[at] = instance
    else state.instances.push(instance)
  }
  if (remove.length > 0) {
    state.instances = state.instances.filter((instance) => !remove.includes(instance.id))
  }
}

function applier(state: SandboxState) {
  let groups: Map<string, number> | null = null
  let versions: Map<string, VersionRecord> | null = null
  const groupAt = (id: string) => {
    groups ??= new Map(state.groups.map((group, index) => [group.id, index]))
    return groups.get(id)
  }
  return (change: JournalChange) => {
    if (change.kind === 'instances') applyInstances(state, change.upsert, change.remove)
    else if (change.kind === 'published') {
      const at = groupAt(change.group.id)
      if (at === undefined) groups?.set(change.group.id, state.groups.push(change.group) - 1)
      else state.groups[at] = change.group
      Object.assign(state.generatedCovers, change.covers)
      versions = null
    } else if (change.kind === 'updated') {
      const group = state.groups[groupAt(change.group) ?? -1]
      const at = group?.versions.findIndex((version) => version.id === change.version.id) ?? -1
      if (group && at >= 0) group.versions[at] = change.version
      versions = null
    } else if (change.kind === 'stars') {
      const group = state.groups[groupAt(change.group) ?? -1]
      if (group) group.favoritesCount = change.favoritesCount
      for (const key of new Set([...Object.keys(state.favorites), ...change.starredBy])) {
        const starred = (state.favorites[key] ??= [])
        const index = starred.indexOf(change.group)
        const wanted = change.starredBy.includes(key)
        if (wanted && index < 0) starred.push(change.group)
        if (!wanted && index >= 0) starred.splice(index, 1)
      }
    } else {
      versions ??= new Map(state.groups.flatMap((g) => g.versions.map((v) => [v.id, v])))
      for (const { id, at } of change.versions) {
        const version = versions.get(id)
        if (!version) continue
        version.status = 'Available'
        version.updateTime = at
      }
    }
  }
}

export interface Replayed {
  /** The last entry applied (the mark's own when none was). */
  seq: number
  applied: number
  /** The file ends in part of a line: a write cut off by a crash, never answered. */
  torn: boolean
  /** Why replay stopped before the end, when it did: the rest was not applied. */
  problem: string | null
}

/** Applies the journal's entries after `mark` to `state`, in order, up to the first that does not follow. */
export function replay(state: SandboxState, mark: JournalMark, text: string): Replayed {
  const lines = text.split('\n')
  const torn = lines.pop() !== ''
  const apply = applier(state)
  const result: Replayed = { seq: mark.seq, applied: 0, torn, problem: null }
  for (const [index, line] of lines.entries()) {
    let entry: JournalEntry
    try {
      entry = JSON.parse(line) as JournalEntry
    } catch {
      return { ...result, problem: `line ${index + 1} is not JSON` }
    }
    const where = `line ${index + 1} (entry ${entry.seq})`
    if (entry.id !== mark.id) return { ...result, problem: `${where} is of another state` }
    if (entry.seq <= mark.seq) continue
    if (entry.seq !== result.seq + 1) return { ...result, problem: `${where} skips some` }
    apply(entry.change)
    result.seq = entry.seq
    result.applied += 1
  }
  return result
}
