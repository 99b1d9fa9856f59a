import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs'
import { join } from 'node:path'
import type { JournalChange, JournalMark } from './journal.ts'
import type { SandboxState } from '../types.ts'

/** Where the state and uploaded covers live: a directory, or memory for tests. */
export interface Store {
  /** The snapshot with its journal replayed onto it; null when nothing is saved yet. */
  load(): SandboxState | null
  /** A state of its own (a seed): a new snapshot, with a new, empty journal. */
  save(state: SandboxState): void
  /** One committed change, on disk before it returns; `state` already includes it. */
  append(change: JournalChange, state: SandboxState): void
  saveCover(key: string, bytes: Uint8Array): void
  readCover(key: string): Uint8Array | null
  /** True when someone else replaced the state file or the journal (`npm run sandbox:reset`). */
  changedElsewhere(): boolean
  /** Folds the journal into the snapshot, then frees the data folder for another sandbox. */
  close(state: SandboxState | null): void
}

/** The file operations the store uses; tests pass a copy with one of them failing. */
export type FileIo = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readdirSync'
  | 'readFileSync'
  | 'renameSync'
  | 'rmSync'
  | 'statSync'
  | 'writeSync'
>

export const stateFileName = 'state.json'
export const journalFileName = 'journal.jsonl'
const tempMarker = '.tmp-'

/**
 * Writes to a temp file in the same directory, fsyncs it, then renames it over the target:
 * a crash at any point leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, io: FileIo = nodeFs) {
  const temp = `${path}${tempMarker}${process.pid}-${Date.now().toString(36)}`
  const fd = io.openSync(temp, 'w')
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      let written = 0
      while (written < bytes.length) written += io.writeSync(fd, bytes, written)
      io.fsyncSync(fd)
    } finally {
      io.closeSync(fd)
    }
    io.renameSync(temp, path)
  } catch (error) {
    io.rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Appends `data` and syncs it. On failure the file is cut back to `size`, where it ended, so
 * a half-written line never lies under the next one; a failed cut shows at the next load.
 */
export function appendSynced(path: string, data: string, size: number, io: FileIo = nodeFs) {
  const bytes = Buffer.from(data, 'utf8')
  const fd = io.openSync(path, 'a')
  try {
    let written = 0
    while (written < bytes.length) written += io.writeSync(fd, bytes, written)
    io.fsyncSync(fd)
  } catch (error) {
    try {
      io.ftruncateSync(fd, size)
    } catch {
      // The load after the rollback finds the torn end, warns, and writes a snapshot instead.
    }
    throw error
  } finally {
    io.closeSync(fd)
  }
  return bytes.length
}

/** The file's contents, or nothing if there is no such file. */
export function readOptional(path: string, io: FileIo = nodeFs): Buffer {
  try {
    return io.readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0)
    throw error
  }
}

/** Changes whenever the file is replaced, grows or is touched; '-' while it does not exist. */
export function fileStamp(path: string, io: FileIo = nodeFs): string {
  try {
    const stat = io.statSync(path)
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`
  } catch {
    return '-'
  }
}

/** Never silently discard someone's data: an unreadable file is renamed, not deleted. */
export function setFileAside(path: string, io: FileIo = nodeFs): string {
  const aside = `${path}.unreadable-${Date.now()}`
  io.renameSync(path, aside)
  return aside
}

/** What is on disk: the state, and how far into its journal it is (absent before journals). */
export type Snapshot = SandboxState & { journal?: JournalMark }

export const newJournalId = () => randomBytes(6).toString('hex')

/** Makes a rename or a new file's name durable; a no-op where directories cannot be synced. */
export function syncDir(dir: string, io: FileIo) {
  try {
    const fd = io.openSync(dir, 'r')
    try {
      io.fsyncSync(fd)
    } finally {
      io.closeSync(fd)
    }
  } catch {
    // Windows cannot open a directory; its renames are durable without it.
  }
}

/** A temp file outliving its writer is a write that crashed before the rename: drop it. */
export function removeTempFiles(dir: string, io: FileIo) {
  for (const name of io.readdirSync(dir)) {
    if (name.includes(tempMarker)) io.rmSync(join(dir, name), { force: true })
  }
}

/**
 * `npm run sandbox:reset`, beside a server that may be running. The journal goes first: a
 * crash in between leaves the old state without its latest changes (a reset was asked for),
 * not an old journal beside the new snapshot, which would have to be set aside.
 */
export function replaceState(dir: string, state: SandboxState, io: FileIo = nodeFs) {
  io.mkdirSync(join(dir, 'covers'), { recursive: true })
  removeTempFiles(dir, io)
  io.rmSync(join(dir, journalFileName), { force: true })
  const snapshot: Snapshot = { ...state, journal: { id: newJournalId(), seq: 0 } }
  writeFileAtomic(join(dir, stateFileName), JSON.stringify(snapshot), io)
}

/** Tests' store: nothing to reload from, and saving cannot fail, so there is no rollback. */
export function createMemoryStore(): Store {
  const covers = new Map<string, Uint8Array>()
  return {
    load: () => null,
    save: () => {},
    append: () => {},
    saveCover: (key, bytes) => void covers.set(key, bytes),
    readCover: (key) => covers.get(key) ?? null,
    changedElsewhere: () => false,
    close: () => {},
  }
}
