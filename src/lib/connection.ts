import { createApiClient, type ApiClient, type ApiClientConfig } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { defaultRegion, defaultZone, regions, type Region } from '@/api/location'
import { connectionKey } from './storage-keys'

/**
 * Which service the app talks to and with which keys. Framework-free: React reads it through
 * `useSyncExternalStore`, and the app rebuilds its ApiClient (and empties its cache) from it.
 */

export const modes = ['sandbox', 'compshare'] as const
export type Mode = (typeof modes)[number]

export { regions, type Region }

/** Same-origin path that the dev/preview server (or a deployment's reverse proxy) forwards. */
export const compshareProxyPath = '/compshare-api'

export interface Connection {
  mode: Mode
  region: Region
  /** A zone of `region` (DescribeCompShareSupportZone); empty until one is chosen. */
  zone: string
  publicKey: string
  privateKey: string
  /** Keys are written to localStorage (this device) instead of sessionStorage (this tab). */
  remember: boolean
}

export const defaultConnection: Connection = Object.freeze({
  mode: 'sandbox',
  region: defaultRegion,
  zone: defaultZone,
  publicKey: '',
  privateKey: '',
  remember: false,
})

export const connectionStorageKey = connectionKey

// Whatever is in storage was written by another version of the app, or by hand: trust nothing.
// Five fields need no schema library, and this module is on every page's path (ADR 0015).
function storedConnection(json: unknown): Omit<Connection, 'remember'> | null {
  if (typeof json !== 'object' || json === null) return null
  const { mode, region, zone, publicKey, privateKey } = json as Record<string, unknown>
  const key = (value: unknown): value is string => typeof value === 'string' && value.length <= 256
  if (!modes.includes(mode as Mode) || !regions.includes(region as Region)) return null
  if (!key(publicKey) || !key(privateKey)) return null
  return {
    mode: mode as Mode,
    region: region as Region,
    // Records from before zones were chosen have none: the region's default, where known.
    zone: isZoneOf(zone, region as Region) ? zone : region === defaultRegion ? defaultZone : '',
    publicKey,
    privateKey,
  }
}

/** Zone names are their region's name and a number (`cn-wlcb-01`). */
export function isZoneOf(zone: unknown, region: Region): zone is string {
  return typeof zone === 'string' && zone.length <= 64 && zone.startsWith(`${region}-`)
}

export interface ConnectionStorages {
  /** This device (only after the user chose "remember"); null when unavailable. */
  local: Storage | null
  /** This tab; null when unavailable. */
  session: Storage | null
}

export type SavedWhere = 'device' | 'tab' | 'memory'

export interface ConnectionStore {
  subscribe: (listener: () => void) => () => void
  /** The current settings; the same object until something changes. */
  getSnapshot: () => Connection
  /**
   * Applies `next` and says where it was kept: on this device, in this tab, or (storage full
   * or blocked) in memory only, until this tab closes or reloads. When the device cannot keep
   * it, the tab does, and the snapshot says `remember: false`.
   */
  save: (next: Connection) => SavedWhere
  /** Removes both keys from memory, sessionStorage and localStorage; mode and region stay. */
  forgetKeys: () => void
}

/** Storage can be missing or throw (privacy modes, blocked cookies); then memory is all we have. */
export function browserStorages(): ConnectionStorages {
  const get = (name: 'localStorage' | 'sessionStorage') => {
    try {
      return typeof window === 'undefined' ? null : window[name]
    } catch {
      return null
    }
  }
  return { local: get('localStorage'), session: get('sessionStorage') }
}

function read(storage: Storage | null): Omit<Connection, 'remember'> | null {
  let text: string | null
  try {
    text = storage?.getItem(connectionStorageKey) ?? null
  } catch {
    return null
  }
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const parsed = storedConnection(json)
  if (parsed) return parsed
  // A record we cannot use must not linger with what may be a key inside it.
  remove(storage)
  return null
}

/** True when the record is in `storage` now; false when storage is missing, full or blocked. */
function write(storage: Storage | null, connection: Connection): boolean {
  const { mode, region, zone, publicKey, privateKey } = connection
  const text = JSON.stringify({ mode, region, zone, publicKey, privateKey })
  try {
    storage?.setItem(connectionStorageKey, text)
    // Some browsers drop a write without throwing; only what reads back was stored.
    return storage?.getItem(connectionStorageKey) === text
  } catch {
    return false
  }
}

function remove(storage: Storage | null): void {
  try {
    storage?.removeItem(connectionStorageKey)
  } catch {
    // Nothing stored can be read back either.
  }
}

/** Trimmed keys: a key pasted with a trailing space or newline is the commonest typo. */
export function normalizeConnection(connection: Connection): Connection {
  return Object.freeze({
    mode: connection.mode,
    region: connection.region,
    zone: isZoneOf(connection.zone, connection.region) ? connection.zone : '',
    publicKey: connection.publicKey.trim(),
    privateKey: connection.privateKey.trim(),
    remember: connection.remember,
  })
}

export function createConnectionStore(
  storages: ConnectionStorages = browserStorages(),
): ConnectionStore {
  const load = (): Connection => {
    // A remembered record is on this device; otherwise this tab may have one.
    const remembered = read(storages.local)
    if (remembered) return Object.freeze({ ...remembered, remember: true })
    const session = read(storages.session)
    if (session) return Object.freeze({ ...session, remember: false })
    return defaultConnection
  }

  let current = load()
  const listeners = new Set<() => void>()
  const set = (next: Connection) => {
    current = next
    listeners.forEach((listener) => listener())
  }

  const persist = (connection: Connection): SavedWhere => {
    // Exactly one place holds the record, so turning "remember" off leaves nothing on the device.
    // A device that cannot keep it must not cost the tab its copy.
    if (connection.remember && write(storages.local, connection)) {
      remove(storages.session)
      return 'device'
    }
    remove(storages.local)
    return write(storages.session, connection) ? 'tab' : 'memory'
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => current,
    save: (next) => {
      const wanted = normalizeConnection(next)
      const where = persist(wanted)
      set(where === 'device' ? wanted : normalizeConnection({ ...wanted, remember: false }))
      return where
    },
    forgetKeys: () => {
      remove(storages.local)
      remove(storages.session)
      const connection = normalizeConnection({
        ...current,
        publicKey: '',
        privateKey: '',
        remember: false,
      })
      // Mode and region are not secret; keeping them for this tab avoids a surprise mode change.
      write(storages.session, connection)
      set(connection)
    },
  }
}

export function hasKeys(connection: Connection): boolean {
  return connection.publicKey !== '' && connection.privateKey !== ''
}

/** False only in CompShare mode without both keys: then nothing may be sent at all. */
export function canCallApi(connection: Connection): boolean {
  return connection.mode === 'sandbox' || hasKeys(connection)
}

/**
 * What decides whose data the cache holds. Changing any part of it (mode, either key, region,
 * zone) means cached answers may belong to someone else or somewhere else, so the whole cache
 * is dropped. The sandbox has one account, so its keys are not part of it.
 */
export function connectionIdentity(connection: Connection): string {
  const where = [connection.mode, connection.region, connection.zone]
  if (connection.mode === 'sandbox') return JSON.stringify(where)
  return JSON.stringify([...where, connection.publicKey, connection.privateKey])
}

/** Calls back whenever the identity changes (not when only "remember" does). */
export function onIdentityChange(store: ConnectionStore, callback: () => void): () => void {
  let previous = connectionIdentity(store.getSnapshot())
  return store.subscribe(() => {
    const next = connectionIdentity(store.getSnapshot())
    if (next === previous) return
    previous = next
    callback()
  })
}

/** The client settings for a connection; null when CompShare mode has no keys yet. */
export type ClientSettings = Pick<
  Connection,
  'mode' | 'region' | 'zone' | 'publicKey' | 'privateKey'
>

export function apiClientConfig(connection: ClientSettings): ApiClientConfig | null {
  const { region, zone } = connection
  if (connection.mode === 'sandbox') return { ...sandboxConfig, region, zone }
  if (connection.publicKey === '' || connection.privateKey === '') return null
  return {
    baseUrl: compshareProxyPath,
    credentials: { publicKey: connection.publicKey, privateKey: connection.privateKey },
    region,
    zone,
  }
}

/** Thrown instead of sending anything when CompShare mode has no keys. */
export class MissingKeysError extends Error {
  override readonly name = 'MissingKeysError'
  constructor() {
    super('CompShare mode has no API keys yet: add them in Settings')
  }
}

/**
 * A client for the connection. Without keys it refuses every call before anything is signed
 * or sent; pages show a link to Settings instead, and this is the guard behind them.
 */
export function createConnectionClient(connection: ClientSettings): ApiClient {
  const config = apiClientConfig(connection)
  if (config) return createApiClient(config)
  const inert = createApiClient({
    baseUrl: compshareProxyPath,
    credentials: { publicKey: '', privateKey: '' },
  })
  return { ...inert, call: () => Promise.reject(new MissingKeysError()) }
}
