import type { SandboxAccount } from '../state/accounts.ts'
import type { Listings } from '../state/listings.ts'
import type { Fields } from './params.ts'
import type { StockFunction } from '../state/stock.ts'
import type { GroupRecord, InstanceRecord, VersionRecord } from '../types.ts'

/** What a write touched, so only the derived data it affects is rebuilt. */
export type Change =
  | { kind: 'stars'; group: GroupRecord }
  | { kind: 'published'; group: GroupRecord; version: VersionRecord }
  /** One version of `group` edited in place (UpdateCompShareImage). */
  | { kind: 'updated'; group: GroupRecord; version: VersionRecord }
  /** Instances created or changed (whole records, as they are now), and ids terminated. */
  | { kind: 'instances'; upsert: InstanceRecord[]; remove: string[] }

export interface ActionContext {
  account: SandboxAccount
  catalogue: Listings
  /** Unix seconds of this request, from the sandbox's (injectable) clock. */
  now: number
  /** Where the request came to (`http://localhost:5173`): covers are answered as whole URLs. */
  origin: string
  /**
   * Call after every change: refreshes derived views and persists the state. On failure the
   * change is rolled back and it throws.
   */
  commit: (change: Change) => void
  /** Stores an uploaded cover and answers its URL. */
  storeCover: (bytes: Uint8Array, extension: 'png' | 'jpg' | 'webp') => string
  /** A fresh id with the platform's prefix, unique in the current state. */
  newId: (prefix: 'group-' | 'compshareImage-' | 'uhost-') => string
  /** How long an instance's transitional states last (SandboxOptions.instanceSeconds). */
  instanceSeconds: number
  /** Cards per zone and GPU type on the sandbox's clock, before its own instances take theirs. */
  stock: StockFunction
}

/** One action: reads its fields and answers the fields to add to the response. */
export type ActionHandler = (fields: Fields, context: ActionContext) => Record<string, unknown>
