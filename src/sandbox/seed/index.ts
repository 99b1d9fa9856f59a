import { createRandom, type Random } from './random.ts'
import { seedAccounts } from './accounts.ts'
import { artFamilies } from './families-art.ts'
import { devFamilies } from './families-dev.ts'
import { llmFamilies } from './families-llm.ts'
import type { Family, Lang } from './family.ts'
import { buildGroup, type GroupPlan, type SeedContext } from './group.ts'
import { seedAuthors } from './people.ts'
import { stateFormat, type SandboxState, type VersionStatus } from '../types.ts'

export const families: readonly Family[] = [...artFamilies, ...llmFamilies, ...devFamilies]

export const defaultSeed = 20_240_601
export const defaultGroupCount = 240

export interface SeedOptions {
  seed?: number
  /** Unix seconds; every seeded time falls in the two years before it. */
  epoch: number
  groupCount?: number
}

interface NameChoice {
  family: Family
  variant: string
  lang: Lang
  name: string
}

/** Every family × variant × name template, shuffled: distinct names before any repeat. */
function nameChoices(random: Random): NameChoice[] {
  const all = new Map<string, NameChoice>()
  for (const family of families) {
    for (const variant of family.variants) {
      for (const lang of ['zh', 'en'] as const) {
        for (const template of family.names[lang]) {
          const name = template.replaceAll('{m}', variant)
          if (!all.has(name)) all.set(name, { family, variant, lang, name })
        }
      }
    }
  }
  return random.sample([...all.values()], all.size)
}

function versionStatuses(random: Random): VersionStatus[] {
  const count = random.pick([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6])
  const shape = random.next()
  if (shape < 0.07) return Array<VersionStatus>(count).fill('Offline')
  const older = Array.from({ length: Math.max(1, count) - 1 }, (): VersionStatus =>
    random.chance(0.35) ? 'Offline' : 'Available',
  )
  // Stuck in review on top of a listed history (never review-only: that would not be listed).
  if (shape < 0.14) return [...(older.length ? older : ['Available' as const]), 'Reviewing']
  // Newest taken offline while an older one stays online: the current version is not the last.
  if (shape < 0.19 && count > 1) return [...older.slice(0, -1), 'Available', 'Offline']
  return [...older, 'Available']
}

export function createSeedState(options: SeedOptions): SandboxState {
  const seed = options.seed ?? defaultSeed
  const random = createRandom(seed)
  const ctx: SeedContext = { random, epoch: options.epoch, ids: new Set(), covers: {} }
  const authorPool = seedAuthors.flatMap((author) =>
    Array<typeof author>(author.weight).fill(author),
  )
  const choices = nameChoices(random)
  const count = options.groupCount ?? defaultGroupCount

  const groups = Array.from({ length: count }, (_, i) => {
    const choice = choices[i % choices.length] as NameChoice
    const round = Math.floor(i / choices.length)
    const plan: GroupPlan = {
      ...choice,
      // Past the distinct combinations (only large benchmark sets get there), number them.
      name: round === 0 ? choice.name : `${choice.name} (${round + 1})`,
      author: random.pick(authorPool),
      statuses: versionStatuses(random),
      popularity: random.next(),
    }
    return buildGroup(ctx, plan)
  })
  const accounts = seedAccounts(ctx, families)
  const favorites: Record<string, string[]> = {}
  // The first demo account has starred a few popular groups, so stars show from the start.
  const starred = random.sample(groups.slice(0, 60), 6)
  for (const group of starred) group.favoritesCount += 1
  favorites['sandbox-public-key'] = starred.map((group) => group.id)

  return {
    format: stateFormat,
    seed,
    epoch: options.epoch,
    groups: [...groups, ...accounts.groups],
    customImages: accounts.customImages,
    favorites,
    generatedCovers: ctx.covers,
    instances: [],
  }
}
