import { coverUrl } from './covers.ts'
import { hashString, type Random } from './random.ts'
import type { Family, Lang } from './family.ts'
import { changeNotes, paidPrices } from './people.ts'
import { seedReadme } from './readme.ts'
import type { AuthInfo, CoverSpec, GroupRecord, VersionRecord, VersionStatus } from '../types.ts'

export interface SeedContext {
  random: Random
  epoch: number
  ids: Set<string>
  covers: Record<string, CoverSpec>
}

export interface GroupPlan {
  family: Family
  variant: string
  lang: Lang
  name: string
  author: { nickname: string; authInfo: AuthInfo }
  /** Oldest first. */
  statuses: readonly VersionStatus[]
  /** 0 (nobody uses it) to 1 (the marketplace's favourite). */
  popularity: number
}

const day = 86_400

/** A random id with the platform's prefix, unique across the whole seed. */
export function mintId(ctx: SeedContext, prefix: string, length: number): string {
  for (;;) {
    const id = `${prefix}${ctx.random.hex(length)}`
    if (!ctx.ids.has(id)) {
      ctx.ids.add(id)
      return id
    }
  }
}

export function qrCodeUrlFor(nickname: string, authInfo: AuthInfo): string {
  if (authInfo === 0) return ''
  return coverUrl(`qr-${hashString(nickname).toString(16).padStart(8, '0')}.svg`)
}

/** Publish times, oldest first, at least a day apart; a trailing Reviewing one is recent. */
function timeline(ctx: SeedContext, statuses: readonly VersionStatus[]): number[] {
  const { random, epoch } = ctx
  const reviewing = statuses.at(-1) === 'Reviewing'
  const settled = reviewing ? statuses.length - 1 : statuses.length
  const end = epoch - (reviewing ? 5 * day : 3600)
  const start = end - random.int((settled + 2) * day, 730 * day - 6 * day)
  // Spread over the span left after reserving a day between neighbours, then add the days.
  const span = end - start - Math.max(0, settled - 1) * day
  const offsets = Array.from({ length: settled }, (_, i) =>
    i === 0 ? 0 : Math.floor(random.next() * span),
  ).sort((a, b) => a - b)
  const times = offsets.map((offset, i) => start + offset + i * day)
  if (reviewing) times.push(epoch - random.int(3600, 4 * day))
  return times
}

/** Version names in one of the styles seen on the platform, strictly increasing. */
function versionNames(random: Random, times: readonly number[]): string[] {
  const style = random.pick(['minor', 'minor', 'minor', 'patch', 'patch', 'date', 'four'])
  let parts =
    style === 'patch'
      ? [0, random.int(1, 5), random.int(0, 70)]
      : style === 'four'
        ? [random.int(1, 3), random.int(0, 4), random.int(0, 9), 0]
        : [random.int(0, 2) === 0 ? 0 : 1, random.int(0, 5)]
  return times.map((time, i) => {
    if (style === 'date') {
      const date = new Date(time * 1000)
      const mmdd = (date.getUTCMonth() + 1) * 100 + date.getUTCDate()
      return `v${date.getUTCFullYear() % 100}.${String(mmdd).padStart(4, '0')}`
    }
    if (i > 0) {
      const level = parts.length - (random.chance(0.25) ? 2 : 1)
      parts = parts.map((part, index) =>
        index < level ? part : index === level ? part + random.int(1, 3) : 0,
      )
    }
    return `v${parts.join('.')}`
  })
}

function counters(random: Random, popularity: number, official: boolean) {
  const p = Math.min(1, popularity * (official ? 1.6 : 1))
  const createdCount =
    Math.floor(p ** 1.8 * 40_000 * (0.6 + random.next() * 0.8)) + random.int(0, 30)
  return {
    createdCount,
    favoritesCount: Math.floor(p ** 2.2 * 5_000) + random.int(0, 15),
    recommendCount: Math.floor(p ** 2 * 400) + random.int(0, 3),
    imageUseTime: Math.floor(createdCount * (2 + random.next() * 30)),
  }
}

const cudaVersions = ['11.8', '12.1', '12.4', '12.6'] as const
const frameworks = ['PyTorch', 'TensorFlow', 'PaddlePaddle', 'JAX']

/** The deep-learning framework a family's stack names first, with its version. */
function frameworkOf(family: GroupPlan['family']) {
  const found = family.stack.find(([name]) => frameworks.includes(name))
  return { framework: found?.[0] ?? '', frameworkVersion: found?.[1] ?? '' }
}

export function buildGroup(ctx: SeedContext, plan: GroupPlan): GroupRecord {
  const { random, epoch } = ctx
  const { family, lang } = plan
  const fill = (template: string) => template.replaceAll('{m}', plan.variant)
  const id = mintId(ctx, 'group-', 8)
  const cover = `${id}.svg`
  ctx.covers[cover] = {
    title: family.title,
    subtitle: plan.variant.slice(0, 28),
    hue: (family.hue + random.int(-25, 25) + 360) % 360,
    motif: random.int(0, 3),
  }
  const description = fill(random.pick(family.descriptions[lang]))
  const baseTags = random.sample(family.tags, random.int(2, Math.min(6, family.tags.length)))
  const gpus = random.sample(family.gpus, random.int(2, Math.min(6, family.gpus.length)))
  const ports = random.chance(0.7) ? [...family.ports] : family.ports.slice(0, 1)
  const official = plan.author.authInfo === 1
  let price = random.chance(official ? 0.8 : 0.5) ? 0 : random.pick(paidPrices)
  let autoStart = random.chance(family.autoStart)
  let size = random.int(family.size[0], family.size[1])
  const times = timeline(ctx, plan.statuses)
  const names = versionNames(random, times)
  const framework = frameworkOf(family)

  const versions = plan.statuses.map((status, i): VersionRecord => {
    if (i > 0) {
      if (random.chance(0.15)) price = random.chance(0.5) ? 0 : random.pick(paidPrices)
      if (random.chance(0.1)) autoStart = !autoStart
      size = Math.round(size * (0.9 + random.next() * 0.25))
    }
    const pubTime = times[i] ?? epoch
    const versionName = names[i] ?? 'v1.0'
    const versionDesc =
      i === 0 ? (lang === 'zh' ? '首次发布' : 'First release') : random.pick(changeNotes[lang])
    const notes = [versionDesc, ...random.sample(changeNotes[lang], random.int(1, 3))]
    const tags = random.chance(0.1) && i > 0 ? [...baseTags, random.pick(family.tags)] : baseTags
    const next = times[i + 1] ?? epoch
    // Drawn in the order the fields were always drawn in, so the seed's numbers stay the same.
    const createTime = pubTime - random.int(600, 2 * day)
    const updateTime = status === 'Offline' ? random.int(pubTime, Math.max(pubTime, next)) : pubTime
    const cuda = random.pick(cudaVersions)
    const readme = seedReadme(
      {
        family,
        lang,
        name: plan.name,
        description,
        variant: plan.variant,
        gpus,
        ports,
        autoStart,
        versionName,
        notes,
        coverUrl: coverUrl(cover),
        cuda,
      },
      random,
    )
    // Versions before the newest were published when the platform called 4090_48G "4090(48G)".
    const older = i < plan.statuses.length - 1
    return {
      id: mintId(ctx, 'compshareImage-', 10),
      name: plan.name,
      author: plan.author.nickname,
      authInfo: plan.author.authInfo,
      status,
      autoApprove: false,
      price,
      versionName,
      versionDesc,
      description,
      tags: [...new Set(tags)],
      gpus: older ? gpus.map((gpu) => (gpu === '4090_48G' ? '4090(48G)' : gpu)) : [...gpus],
      cover: coverUrl(cover),
      container: true,
      autoStart,
      createTime,
      updateTime,
      pubTime,
      size,
      readme,
      ...framework,
      cudaVersion: cuda,
      qrCodeUrl: qrCodeUrlFor(plan.author.nickname, plan.author.authInfo),
      ports,
    }
  })
  return {
    id,
    owner: plan.author.nickname,
    ...counters(random, plan.popularity, official),
    versions,
  }
}
