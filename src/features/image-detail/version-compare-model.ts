import { diffArrays } from 'diff'
import type { CommunityImageVersion } from '@/api/actions/community-images'

// What changed between two versions of a group: the listing's fields, and the readme as a
// line diff with the unchanged stretches folded away (ADR 0020). Pure, so it is tested alone.

export type LineKind = 'added' | 'removed' | 'same'

export interface DiffLine {
  kind: LineKind
  text: string
  /** The line's number in the older readme (absent for an added line). */
  oldNumber?: number
  /** The line's number in the newer readme (absent for a removed line). */
  newNumber?: number
}

/** Lines shown as they are, or an unchanged stretch folded behind a "show" button. */
export interface DiffBlock {
  folded: boolean
  lines: DiffLine[]
}

export interface ReadmeDiff {
  blocks: DiffBlock[]
  added: number
  removed: number
}

export type FieldChange =
  | { field: 'price'; kind: 'price'; before: number; after: number }
  | { field: 'autoStart'; kind: 'flag'; before: boolean; after: boolean }
  | { field: 'cuda' | 'framework'; kind: 'value'; before: string; after: string }
  | { field: 'gpus' | 'tags' | 'applications'; kind: 'set'; added: string[]; removed: string[] }
  | { field: 'description' | 'versionNotes'; kind: 'text'; before: string; after: string }

export interface VersionComparison {
  fields: FieldChange[]
  readme: ReadmeDiff
  /** Nothing a visitor can see differs. */
  same: boolean
}

/** Unchanged lines kept on each side of a change, as GitHub does. */
export const contextLines = 3
/** A stretch shorter than this is shown rather than folded: a button would hide too little. */
const smallestFold = 2
/** A pathological pair of readmes gives up after this long and shows all lines as replaced. */
const diffTimeoutMs = 1000

function splitLines(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  return normalized === '' ? [] : normalized.split('\n')
}

function numberedLines(before: string[], after: string[]): DiffLine[] {
  const changes = diffArrays(before, after, { timeout: diffTimeoutMs }) ?? [
    { value: before, added: false, removed: true, count: before.length },
    { value: after, added: true, removed: false, count: after.length },
  ]
  const lines: DiffLine[] = []
  let oldNumber = 0
  let newNumber = 0
  for (const change of changes) {
    for (const text of change.value) {
      if (change.added) lines.push({ kind: 'added', text, newNumber: ++newNumber })
      else if (change.removed) lines.push({ kind: 'removed', text, oldNumber: ++oldNumber })
      else lines.push({ kind: 'same', text, oldNumber: ++oldNumber, newNumber: ++newNumber })
    }
  }
  return lines
}

/** The readme's line diff, unchanged lines further than `context` from a change folded. */
export function diffReadme(before: string, after: string, context = contextLines): ReadmeDiff {
  const lines = numberedLines(splitLines(before), splitLines(after))
  const shown = lines.map(() => false)
  lines.forEach((line, i) => {
    if (line.kind === 'same') return
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) {
      shown[j] = true
    }
  })
  const blocks: DiffBlock[] = []
  for (let start = 0; start < lines.length;) {
    let end = start
    while (end < lines.length && shown[end] === shown[start]) end++
    const run = lines.slice(start, end)
    const folded = !shown[start] && run.length >= smallestFold
    const last = blocks.at(-1)
    if (!folded && last && !last.folded) last.lines.push(...run)
    else blocks.push({ folded, lines: run })
    start = end
  }
  return {
    blocks,
    added: lines.filter((line) => line.kind === 'added').length,
    removed: lines.filter((line) => line.kind === 'removed').length,
  }
}

function setChange(before: readonly string[], after: readonly string[]) {
  const old = new Set(before)
  const next = new Set(after)
  return {
    added: [...next].filter((item) => !old.has(item)),
    removed: [...old].filter((item) => !next.has(item)),
  }
}

const frameworkOf = (version: CommunityImageVersion) =>
  [version.softwares.framework, version.softwares.frameworkVersion].filter(Boolean).join(' ')

/** What changed from `from` to `to`, in the order the comparison page shows it. */
export function compareVersionPair(
  from: CommunityImageVersion,
  to: CommunityImageVersion,
): VersionComparison {
  const candidates: FieldChange[] = [
    { field: 'price', kind: 'price', before: from.price, after: to.price },
    {
      field: 'gpus',
      kind: 'set',
      ...setChange(from.supportedGpuTypes, to.supportedGpuTypes),
    },
    { field: 'tags', kind: 'set', ...setChange(from.tags, to.tags) },
    {
      field: 'applications',
      kind: 'set',
      ...setChange(from.softwares.applications, to.softwares.applications),
    },
    {
      field: 'cuda',
      kind: 'value',
      before: from.softwares.cudaVersion,
      after: to.softwares.cudaVersion,
    },
    { field: 'framework', kind: 'value', before: frameworkOf(from), after: frameworkOf(to) },
    { field: 'autoStart', kind: 'flag', before: from.autoStart, after: to.autoStart },
    { field: 'description', kind: 'text', before: from.description, after: to.description },
    { field: 'versionNotes', kind: 'text', before: from.versionDesc, after: to.versionDesc },
  ]
  const fields = candidates.filter((change) =>
    change.kind === 'set'
      ? change.added.length > 0 || change.removed.length > 0
      : change.before !== change.after,
  )
  const readme = diffReadme(from.readme, to.readme)
  return { fields, readme, same: fields.length === 0 && readme.added + readme.removed === 0 }
}
