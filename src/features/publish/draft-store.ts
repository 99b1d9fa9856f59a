import { z } from 'zod'
import { canonicalGpuType } from '@/api/gpu-types'
import { publishDraftCoverKey, publishDraftKey } from '@/lib/storage-keys'
import { emptyValues, steps, type PublishValues, type Step } from './publish-schema'

/** Drafts are kept per account, so two accounts on one device never see each other's. */
const keyFor = publishDraftKey
// The cover (up to ~2 MB of Base64) lives apart, rewritten only when it changes.
const coverKeyFor = publishDraftCoverKey
const writtenCovers = new Map<string, string>()

/** The two keys a draft lives under: another tab's change arrives as a `storage` event on them. */
export const draftKeys = (accountId: string) => ({
  draft: keyFor(accountId),
  cover: coverKeyFor(accountId),
})

/**
 * Another tab wrote or removed the cover, so what this tab last wrote is no longer what is
 * stored: its next save writes the cover again rather than trusting the memory.
 */
export function forgetWrittenCover(accountId: string): void {
  writtenCovers.delete(accountId)
}

const stored = z.object({
  version: z.literal(1),
  step: z.enum(steps),
  savedAt: z.number(),
  values: z.object({
    imageId: z.string(),
    target: z.enum(['new', 'existing']),
    groupId: z.string(),
    versionName: z.string(),
    versionDesc: z.string(),
    name: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    gpus: z.array(z.string()),
    // Drafts saved before applications were asked for have none of these.
    applications: z.array(z.string()).default([]),
    cudaVersion: z.string().default(''),
    framework: z.string().default(''),
    frameworkVersion: z.string().default(''),
    autoStart: z.boolean(),
    paid: z.boolean(),
    price: z.string(),
    readme: z.string(),
  }),
})

export interface Draft {
  step: Step
  savedAt: number
  values: PublishValues
}

export function loadDraft(accountId: string): Draft | null {
  try {
    const raw = localStorage.getItem(keyFor(accountId))
    if (!raw) return null
    const parsed = stored.safeParse(JSON.parse(raw))
    if (!parsed.success) return null
    const cover = localStorage.getItem(coverKeyFor(accountId)) ?? ''
    writtenCovers.set(accountId, cover)
    const values = parsed.data.values
    // A draft from before the service's GPU names were used may say `4090(48G)`.
    const gpus = [...new Set(values.gpus.map(canonicalGpuType))]
    return {
      ...parsed.data,
      values: { ...emptyValues, ...values, gpus, cover } as PublishValues,
    }
  } catch {
    return null
  }
}

export type SaveResult = 'saved' | 'full' | 'unavailable'

/** Saves the draft; says so when storage is full or blocked rather than failing silently. */
export function saveDraft(accountId: string, draft: Draft): SaveResult {
  try {
    const { cover, ...values } = draft.values
    if (writtenCovers.get(accountId) !== cover) {
      localStorage.setItem(coverKeyFor(accountId), cover)
      writtenCovers.set(accountId, cover)
    }
    localStorage.setItem(keyFor(accountId), JSON.stringify({ version: 1, ...draft, values }))
    return 'saved'
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError'
      ? 'full'
      : 'unavailable'
  }
}

export function clearDraft(accountId: string): void {
  try {
    localStorage.removeItem(keyFor(accountId))
    localStorage.removeItem(coverKeyFor(accountId))
    writtenCovers.delete(accountId)
  } catch {
    // Nothing stored that could be removed.
  }
}
