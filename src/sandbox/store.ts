import * as nodeFs from 'node:fs'
import { join } from 'node:path'
import { stateFormat, type SandboxState } from './types.ts'

/** Where the state and uploaded covers live: a directory, or memory for tests. */
export interface Store {
  load(): SandboxState | null
  save(state: SandboxState): void
  saveCover(key: string, bytes: Uint8Array): void
  readCover(key: string): Uint8Array | null
  /** True when someone else replaced or removed the state file (`npm run sandbox:reset`). */
  changedElsewhere(): boolean
}

/** The file operations the store uses; tests pass a copy with one of them failing. */
export type FileIo = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'fsyncSync'
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

export function createFileStore(
  dir: string,
  warn: (message: string) => void,
  io: FileIo = nodeFs,
): Store {
  const statePath = join(dir, stateFileName)
  const coverDir = join(dir, 'covers')
  let fingerprint: string | null = null
  const stamp = () => {
    try {
      const stat = io.statSync(statePath)
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`
    } catch {
      return null
    }
  }
  io.mkdirSync(coverDir, { recursive: true })
  // A temp file outliving its writer is a write that crashed before the rename: drop it.
  for (const name of io.readdirSync(dir)) {
    if (name.includes(tempMarker)) io.rmSync(join(dir, name), { force: true })
  }

  return {
    load() {
      let text: string
      try {
        text = io.readFileSync(statePath, 'utf8')
      } catch {
        fingerprint = null
        return null
      }
      try {
        const state = JSON.parse(text) as SandboxState
        if (state.format !== stateFormat) throw new Error(`format ${String(state.format)}`)
        fingerprint = stamp()
        return state
      } catch (error) {
        // Never silently discard someone's data: keep the unreadable file beside the new seed.
        const aside = `${statePath}.unreadable-${Date.now()}`
        io.renameSync(statePath, aside)
        warn(`Sandbox state could not be read (${String(error)}); kept it as ${aside}`)
        fingerprint = null
        return null
      }
    },
    save(state) {
      writeFileAtomic(statePath, JSON.stringify(state), io)
      fingerprint = stamp()
    },
    saveCover(key, bytes) {
      writeFileAtomic(join(coverDir, key), bytes, io)
    },
    readCover(key) {
      try {
        return new Uint8Array(io.readFileSync(join(coverDir, key)))
      } catch {
        return null
      }
    },
    changedElsewhere() {
      return fingerprint !== stamp()
    },
  }
}

/** Tests' store: nothing to reload from, and saving cannot fail, so there is no rollback. */
export function createMemoryStore(): Store {
  const covers = new Map<string, Uint8Array>()
  return {
    load: () => null,
    save: () => {},
    saveCover: (key, bytes) => void covers.set(key, bytes),
    readCover: (key) => covers.get(key) ?? null,
    changedElsewhere: () => false,
  }
}
