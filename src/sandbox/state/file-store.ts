import * as nodeFs from 'node:fs'
import { join } from 'node:path'
import { lockDataDir } from './data-lock.ts'
import { replay, type JournalMark } from './journal.ts'
import {
  appendSynced,
  fileStamp,
  journalFileName,
  newJournalId,
  readOptional,
  removeTempFiles,
  setFileAside,
  stateFileName,
  syncDir,
  writeFileAtomic,
  type FileIo,
  type Snapshot,
  type Store,
} from './store.ts'
import type { SandboxState } from '../types.ts'
import { upgradeState } from './upgrade.ts'

/**
 * By default a journal as large as its snapshot (at least 1 MB) is folded into a new one. The
 * full write is then paid once per snapshot's worth of changes, so per change it costs about
 * the same at any size, and a restart never replays more than it reads anyway.
 */
const minCompactBytes = 1 << 20

/**
 * `state.json` is the snapshot; every change after it is one line of `journal.jsonl`, synced
 * before the answer goes out (docs/decisions/0017). The folder is locked to this process.
 */
export function createFileStore(
  dir: string,
  warn: (message: string) => void,
  io: FileIo = nodeFs,
  compactBytes?: number,
): Store {
  const statePath = join(dir, stateFileName)
  const journalPath = join(dir, journalFileName)
  const coverDir = join(dir, 'covers')
  io.mkdirSync(coverDir, { recursive: true })
  // Before anything in the folder is touched: the temp files might be another server's.
  const lock = lockDataDir(dir, warn, io)
  try {
    removeTempFiles(dir, io)
  } catch (error) {
    lock.release()
    throw error
  }

  let mark: JournalMark = { id: '', seq: 0 }
  /** The last change in memory, journaled or (when the journal is empty) in the snapshot. */
  let seq = 0
  let snapshotBytes = 0
  let journalBytes = 0
  /** The journal may not end in a whole line: the next write is a snapshot instead. */
  let unsettled = false
  /** Replay stopped short of the journal's end: keep the file rather than delete it. */
  let damaged = false
  let closed = false
  let fingerprint = ''
  const stamp = (path: string) => fileStamp(path, io)
  const stampBoth = () => `${stamp(statePath)} ${stamp(journalPath)}`
  const setAside = (path: string) => setFileAside(path, io)
  const ensureOpen = () => {
    if (closed) throw new Error(`The sandbox on ${dir} is closed`)
  }

  /** The snapshot first, the journal it now includes after: killed between, replay skips it. */
  const snapshot = (state: SandboxState, next: JournalMark) => {
    const text = JSON.stringify({ ...state, journal: next } satisfies Snapshot)
    writeFileAtomic(statePath, text, io)
    syncDir(dir, io)
    mark = next
    seq = next.seq
    snapshotBytes = text.length
    if (stamp(journalPath) !== '-') {
      if (damaged) warn(`Sandbox kept the journal it could not replay as ${setAside(journalPath)}`)
      else io.rmSync(journalPath, { force: true })
    }
    journalBytes = 0
    unsettled = damaged = false
    fingerprint = stampBoth()
  }
  const compact = (state: SandboxState) => {
    // Closed, the folder may be another sandbox's already: a late request must not write.
    if (closed) return
    try {
      snapshot(state, { id: mark.id, seq })
    } catch (error) {
      warn(`Sandbox could not fold ${journalPath} into ${statePath} (${String(error)})`)
    }
  }

  /** The snapshot as saved, or null (set aside with a warning if unreadable). */
  const readSnapshot = (): Snapshot | null => {
    const text = readOptional(statePath, io).toString('utf8')
    const journal = stamp(journalPath) === '-' ? null : journalPath
    if (!text) {
      // Removed by hand: its journal has nothing to apply to, but is someone's data.
      if (journal) warn(`Sandbox found no ${statePath}; kept its journal as ${setAside(journal)}`)
      return null
    }
    try {
      const parsed = JSON.parse(text) as Snapshot
      const saved = upgradeState(parsed)
      if (!saved) throw new Error(`format ${String(parsed.format)}`)
      snapshotBytes = text.length
      return { ...saved, journal: parsed.journal }
    } catch (error) {
      const aside =
        setAside(statePath) + (journal ? ` and its journal as ${setAside(journal)}` : '')
      warn(`Sandbox state could not be read (${String(error)}); kept it as ${aside}`)
      return null
    }
  }

  return {
    load() {
      const saved = readSnapshot()
      fingerprint = stampBoth()
      if (!saved) return null
      const { journal = { id: '', seq: 0 }, ...state } = saved
      const raw = readOptional(journalPath, io)
      const replayed = replay(state, journal, raw.toString('utf8'))
      if (replayed.torn) {
        warn(
          `Sandbox ignored the torn last line of ${journalPath}: cut off by a crash, never answered`,
        )
      }
      if (replayed.problem) warn(`Sandbox stopped replaying ${journalPath}: ${replayed.problem}`)
      mark = journal
      seq = replayed.seq
      journalBytes = raw.length
      damaged = replayed.problem !== null
      unsettled = damaged || replayed.torn
      if (journalBytes > 0) compact(state)
      return state
    },
    save(state) {
      ensureOpen()
      snapshot(state, { id: newJournalId(), seq: 0 })
    },
    append(change, state) {
      ensureOpen()
      if (unsettled) return snapshot(state, { id: mark.id, seq })
      const line = `${JSON.stringify({ id: mark.id, seq: seq + 1, change })}\n`
      // On failure the sandbox reloads from disk, which finds a torn end if one is left.
      const written = appendSynced(journalPath, line, journalBytes, io)
      if (journalBytes === 0) syncDir(dir, io) // a new file: its name must last too
      journalBytes += written
      seq += 1
      fingerprint = stampBoth()
      if (journalBytes >= (compactBytes ?? Math.max(minCompactBytes, snapshotBytes))) compact(state)
    },
    saveCover(key, bytes) {
      ensureOpen()
      writeFileAtomic(join(coverDir, key), bytes, io)
    },
    readCover(key) {
      try {
        return new Uint8Array(io.readFileSync(join(coverDir, key)))
      } catch {
        return null
      }
    },
    changedElsewhere: () => fingerprint !== stampBoth(),
    close(state) {
      if (closed) return
      try {
        if (state && (journalBytes > 0 || unsettled)) compact(state)
      } finally {
        closed = true
        lock.release()
      }
    },
  }
}
