import * as nodeFs from 'node:fs'
import { join } from 'node:path'

export const lockFileName = 'sandbox.lock'

/** The file operations the lock uses; the store passes its own (tests inject failures). */
export type LockIo = Pick<
  typeof nodeFs,
  'closeSync' | 'openSync' | 'readFileSync' | 'rmSync' | 'statSync' | 'writeSync'
>

interface Holder {
  pid: number
  command: string
}

const inUseCode = 'SANDBOX_DATA_DIR_IN_USE'

/** Another live process (or another sandbox in this one) has the data folder. */
export class DataDirInUse extends Error {
  declare readonly code: typeof inUseCode
  declare readonly holder: Holder | null
  constructor(dir: string, holder: Holder | null) {
    const who = holder ? `process ${holder.pid} (${holder.command})` : 'a process that is starting'
    super(
      `The sandbox data folder ${dir} is in use by ${who}. Two sandboxes on one folder lose ` +
        `each other's writes: stop that one, or set SANDBOX_DATA_DIR to another folder. If no ` +
        `sandbox is running there, delete ${join(dir, lockFileName)}.`,
    )
    this.name = 'DataDirInUse'
    // Told to whoever starts the server, and not a bug: Vite prints it without a stack.
    this.stack = `${this.name}: ${this.message}`
    Object.defineProperties(this, { code: { value: inUseCode }, holder: { value: holder } })
  }
}

/** By shape, not class: after a Vite restart the error may come from another copy of this module. */
export function heldByThisProcess(error: unknown): boolean {
  const { code, holder } = (error ?? {}) as { code?: string; holder?: Holder | null }
  return code === inUseCode && holder?.pid === process.pid
}

// One registry per process, not per module copy: Vite evaluates the config's modules afresh on
// every restart, and a copy that did not know about its predecessor's lock would take it over.
interface Registry {
  held: Map<string, () => void>
  releaseAll: () => void
  onSignal: (signal: NodeJS.Signals) => void
}
const registryKey = Symbol.for('compshare-sandbox.data-locks')
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function registry(): Registry {
  const global = globalThis as { [registryKey]?: Registry }
  if (global[registryKey]) return global[registryKey]
  const held = new Map<string, () => void>()
  const releaseAll = () => [...held.values()].forEach((release) => release())
  // Nobody else listening means the signal would end the process without an 'exit' event:
  // let go of the folders, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 0) return
    releaseAll()
    process.kill(process.pid, signal)
  }
  return (global[registryKey] = { held, releaseAll, onSignal })
}

function readHolder(path: string, io: LockIo): Holder | null {
  try {
    const holder = JSON.parse(io.readFileSync(path, 'utf8')) as Partial<Holder>
    return Number.isInteger(holder.pid)
      ? { pid: Number(holder.pid), command: `${holder.command}` }
      : null
  } catch {
    return null
  }
}

function running(holder: Holder | null, path: string, io: LockIo): boolean {
  // Unreadable: written this very moment by a starting process, or left by one that died then.
  if (!holder) {
    try {
      return Date.now() - io.statSync(path).mtimeMs < 2000
    } catch {
      return false
    }
  }
  // Not in the registry, so an earlier process that had our pid (containers reuse them).
  if (holder.pid === process.pid) return false
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Claims `dir` for this process with a lock file holding its pid, created exclusively; a lock
 * whose process is gone is taken over with a warning. Released by `release()` or on exit.
 */
export function lockDataDir(dir: string, warn: (message: string) => void, io: LockIo = nodeFs) {
  const path = join(dir, lockFileName)
  const locks = registry()
  if (locks.held.has(path)) throw new DataDirInUse(dir, readHolder(path, io))
  const me: Holder = { pid: process.pid, command: process.argv.join(' ').slice(0, 300) }
  for (let attempt = 1; ; attempt++) {
    try {
      const fd = io.openSync(path, 'wx')
      try {
        io.writeSync(fd, `${JSON.stringify(me)}\n`)
      } finally {
        io.closeSync(fd)
      }
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(path, io)
      if (attempt === 3 || running(holder, path, io)) throw new DataDirInUse(dir, holder)
      warn(
        `Sandbox: took over ${path} from process ${holder?.pid ?? '(unknown)'}, which is no longer running`,
      )
      io.rmSync(path, { force: true })
    }
  }

  const release = () => {
    if (!locks.held.delete(path)) return
    if (locks.held.size === 0) {
      process.off('exit', locks.releaseAll)
      for (const signal of signals) process.off(signal, locks.onSignal)
    }
    // Only if still ours: someone may have deleted it by hand and started another sandbox.
    if (readHolder(path, io)?.pid === process.pid) io.rmSync(path, { force: true })
  }
  if (locks.held.size === 0) {
    process.on('exit', locks.releaseAll)
    for (const signal of signals) process.once(signal, locks.onSignal)
  }
  locks.held.set(path, release)
  return { release }
}
