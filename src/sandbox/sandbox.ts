import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { ActionContext, ActionHandler, Change } from './actions/context.ts'
import { describeCommunityImages, describeSelfCommunityImages } from './actions/describe-images.ts'
import { publishImage } from './actions/publish.ts'
import { updateImage } from './actions/update.ts'
import {
  createFavorite,
  deleteFavorite,
  describeCustomImages,
  describeImageTags,
} from './actions/small.ts'
import { checkLocation, describeSupportZone } from './actions/location.ts'
import { checkResourceCapacity, describeInstanceTypes } from './actions/instance-types.ts'
import { getInstancePrice } from './actions/instance-price.ts'
import { createInstance } from './actions/instance-create.ts'
import { describeInstances } from './actions/instance-describe.ts'
import {
  rebootInstance,
  startInstance,
  stopInstance,
  terminateInstance,
} from './actions/instance-lifecycle.ts'
import { deleteStopScheduler, updateStopScheduler } from './actions/stop-scheduler.ts'
import { advanceAll } from './state/instances.ts'
import { appSlug, webApps } from './state/app-links.ts'
import { defaultStock, type StockFunction } from './state/stock.ts'
import { approveDue, nextReviewDue } from './state/review.ts'
import { describeSoftwarePort } from './actions/software-ports.ts'
import { Listings } from './state/listings.ts'
import { coverUrl } from './seed/covers.ts'
import { RetCode, SandboxError } from './actions/errors.ts'
import { createFaults, type FaultSpec } from './faults/faults.ts'
import type { Fields } from './actions/params.ts'
import { createSeedState, defaultGroupCount, defaultSeed } from './seed/index.ts'
import { verifySignature } from './http/signature-check.ts'
import { createFileStore } from './state/file-store.ts'
import { journalChange, type JournalChange } from './state/journal.ts'
import { createMemoryStore, type FileIo, type Store } from './state/store.ts'
import type { SandboxState } from './types.ts'

export interface SandboxOptions {
  /**
   * Directory for state.json, its journal and uploaded covers, locked to this sandbox until
   * `close()`; null keeps everything in memory (tests).
   */
  dataDir: string | null
  /** How long a published version stays Reviewing. */
  reviewSeconds?: number
  /**
   * How long an instance stays in each transitional state (Initializing, Starting, Stopping,
   * Rebooting) before the next; 10 s by default.
   */
  instanceSeconds?: number
  /** Cards per zone and GPU type over time; by default a wave per type drawn from the seed. */
  stock?: StockFunction
  /** Milliseconds since the Unix epoch, like Date.now; tests pass their own clock. */
  now?: () => number
  seed?: number
  groupCount?: number
  /** Unix seconds the seed is relative to; by default the moment of the first run. */
  epoch?: number
  warn?: (message: string) => void
  /** Copied instead of seeding when nothing is saved yet; tests reuse one cached seed. */
  initialState?: SandboxState
  /** File operations for the data directory; tests inject failures here. */
  io?: FileIo
  /** Journal bytes that make a new snapshot; by default the snapshot's size, at least 1 MB. */
  compactBytes?: number
  /** Injected faults (docs/decisions/0012), as a spec or its text; none by default. */
  faults?: FaultSpec | string | null
  /** Draws which requests fail; tests pass a seeded one. */
  faultRandom?: () => number
}

export interface ApiReply {
  status: number
  headers: Record<string, string>
  body: Record<string, unknown>
}

export const actions: Readonly<Record<string, ActionHandler>> = {
  DescribeCommunityImages: describeCommunityImages,
  DescribeSelfCommunityImages: describeSelfCommunityImages,
  PublishCompShareImage: publishImage,
  UpdateCompShareImage: updateImage,
  DescribeCompShareCustomImages: describeCustomImages,
  DescribeCompShareImageTags: describeImageTags,
  CreateCompShareImageFavorite: createFavorite,
  DeleteCompShareImageFavorite: deleteFavorite,
  DescribeCompShareSoftwarePort: describeSoftwarePort,
  DescribeCompShareSupportZone: describeSupportZone,
  DescribeAvailableCompShareInstanceTypes: describeInstanceTypes,
  CheckCompShareResourceCapacity: checkResourceCapacity,
  GetCompShareInstancePrice: getInstancePrice,
  CreateCompShareInstance: createInstance,
  DescribeCompShareInstance: describeInstances,
  StartCompShareInstance: startInstance,
  StopCompShareInstance: stopInstance,
  RebootCompShareInstance: rebootInstance,
  TerminateCompShareInstance: terminateInstance,
  UpdateCompShareStopScheduler: updateStopScheduler,
  DeleteCompShareStopScheduler: deleteStopScheduler,
}

/** The origin of answers to calls that did not come over HTTP (tests, benchmarks). */
export const defaultOrigin = 'http://localhost'

export const actionNames: readonly string[] = Object.keys(actions)

export type Sandbox = ReturnType<typeof createSandbox>

export function createSandbox(options: SandboxOptions) {
  const now = options.now ?? Date.now
  const seconds = () => Math.floor(now() / 1000)
  const reviewSeconds = options.reviewSeconds ?? 30
  const instanceSeconds = options.instanceSeconds ?? 10
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const faults = createFaults(
    options.faults ?? null,
    options.faultRandom ?? Math.random,
    actionNames,
  )
  const store: Store = options.dataDir
    ? createFileStore(options.dataDir, warn, options.io, options.compactBytes)
    : createMemoryStore()

  const open = (): Listings => {
    const loaded = store.load()
    if (loaded) return new Listings(loaded)
    const seed = options.seed ?? defaultSeed
    const groupCount = options.groupCount ?? defaultGroupCount
    const state = options.initialState
      ? structuredClone(options.initialState)
      : createSeedState({ seed, groupCount, epoch: options.epoch ?? seconds() })
    store.save(state)
    return new Listings(state)
  }
  let catalogue: Listings
  try {
    catalogue = open()
  } catch (error) {
    store.close(null)
    throw error
  }
  let reviewDue = nextReviewDue(catalogue.pendingReviews(), reviewSeconds)

  /** Set while memory may hold a change the disk does not: the next request reads it again. */
  let stale = false
  const reopen = () => {
    stale = true
    catalogue = open()
    reviewDue = nextReviewDue(catalogue.pendingReviews(), reviewSeconds)
    stale = false
  }

  /** Journals a change; a failed write restores the last saved state and rethrows. */
  const persist = (change: JournalChange) => {
    try {
      store.append(change, catalogue.state)
    } catch (error) {
      // The answer will be a failure, so the change must not survive in memory either.
      reopen()
      throw error
    }
  }

  // Every write goes through here, so derived data can never outlive the state it shows.
  const commit = (change: Change) => {
    if (change.kind === 'stars') catalogue.starsChanged(change.group)
    if (change.kind === 'published') catalogue.published(change.group, change.version)
    if (change.kind === 'updated') catalogue.updated(change.version)
    reviewDue = nextReviewDue(catalogue.pendingReviews(), reviewSeconds)
    persist(journalChange(change, catalogue.state))
  }

  /** Brings the state up to date before a request: outside resets, then the clocks. */
  const refresh = (at: number) => {
    if (stale || store.changedElsewhere()) reopen()
    if (reviewDue !== null && reviewDue <= at) {
      const reviewing = catalogue.pendingReviews().filter((v) => v.status === 'Reviewing')
      catalogue.setPendingReviews(approveDue(reviewing, reviewSeconds, at))
      catalogue.listingChanged()
      reviewDue = nextReviewDue(catalogue.pendingReviews(), reviewSeconds)
      const approved = reviewing.filter((version) => version.status === 'Available')
      const versions = approved.map((version) => ({ id: version.id, at: version.updateTime }))
      if (versions.length > 0) persist({ kind: 'approved', versions })
    }
    const moved = advanceAll(catalogue.state.instances, at, instanceSeconds)
    if (moved.length > 0) persist({ kind: 'instances', upsert: moved, remove: [] })
  }

  const newId = (prefix: 'group-' | 'compshareImage-' | 'uhost-') => {
    for (;;) {
      const id = prefix + randomBytes(prefix === 'compshareImage-' ? 5 : 4).toString('hex')
      const taken =
        prefix === 'group-'
          ? catalogue.group(id) !== undefined
          : prefix === 'uhost-'
            ? catalogue.state.instances.some((instance) => instance.id === id)
            : catalogue.customImage(id) !== undefined || catalogue.hasVersionId(id)
      if (!taken) return id
    }
  }

  const storeCover = (bytes: Uint8Array, extension: 'png' | 'jpg' | 'webp') => {
    // Named by content: the same upload twice is one file, and its URL never changes meaning.
    const key = `upload-${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.${extension}`
    store.saveCover(key, bytes)
    return coverUrl(key)
  }

  /**
   * One API call: fields as received (Signature included) to the JSON answer. `origin` is where
   * the request came to, for the whole URLs of covers in the answer.
   */
  function handle(fields: Fields, origin = defaultOrigin): ApiReply {
    const action = fields.Action
    const headers = { 'X-UCLOUD-REQUEST-UUID': randomUUID() }
    const reply = (status: number, body: Record<string, unknown>): ApiReply => ({
      status,
      headers,
      body: { Action: `${action ?? ''}Response`, ...body },
    })
    try {
      if (!action) throw new SandboxError(RetCode.actionMissing, 'Missing Action')
      // Own keys only: "constructor" or "toString" must not reach Object.prototype.
      const handler = Object.hasOwn(actions, action) ? actions[action] : undefined
      if (!handler) throw new SandboxError(RetCode.actionNotFound, `Action ${action} not found`)
      const account = verifySignature(fields)
      checkLocation(action, fields)
      const at = seconds()
      refresh(at)
      const context: ActionContext = {
        account,
        catalogue,
        now: at,
        origin,
        commit,
        storeCover,
        newId,
        instanceSeconds,
        stock: options.stock ?? defaultStock(catalogue.state.seed),
      }
      return reply(200, { RetCode: RetCode.ok, ...handler(fields, context) })
    } catch (error) {
      if (error instanceof SandboxError) {
        return reply(200, { RetCode: error.retCode, Message: error.message })
      }
      warn(`Sandbox failed on ${action ?? '(no action)'}: ${String(error)}`)
      return reply(500, { RetCode: 500, Message: `Sandbox internal error: ${String(error)}` })
    }
  }

  return {
    handle,
    /** Faults the HTTP adapters inject (src/sandbox/faults/http-faults.ts); the core never sees them. */
    faults,
    readCover: (key: string) => store.readCover(key),
    generatedCover: (key: string) => catalogue.state.generatedCovers[key],
    /**
     * The instance and application an application page (`/sandbox-apps/…`) is for, as of now
     * (the clock applied first), or null when no instance has that id and application.
     */
    application(id: string, slug: string) {
      refresh(seconds())
      const instance = catalogue.state.instances.find((candidate) => candidate.id === id)
      const port = instance && webApps(instance).find((app) => appSlug(app.Software) === slug)
      return instance && port ? { instance: structuredClone(instance), port: { ...port } } : null
    },
    /** The live state, for tests and the benchmark to inspect; treat it as read-only. */
    state: () => catalogue.state,
    /** Folds the journal into state.json and frees the data folder; writes fail afterwards. */
    close: () => store.close(catalogue.state),
  }
}
