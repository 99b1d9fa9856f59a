import { signRequest } from '../src/api/signature.ts'

/** Where every request goes, as the app sends it. */
const where = { Region: 'cn-wlcb', Zone: 'cn-wlcb-01' }
import { createSandbox } from '../src/sandbox/sandbox.ts'
import { quantile } from './stats.ts'

const account = { publicKey: 'sandbox-public-key', privateKey: 'sandbox-private-key' }

const queries: [string, Record<string, unknown>][] = [
  ['default (PubTime desc, 20)', {}],
  [
    'Tag LLM + IsFree, Favor desc',
    { Tag: ['LLM'], IsFree: true, SortCondition: { Field: 'Favor' } },
  ],
  [
    'FuzzySearch comfy, ImageUseTime asc',
    { FuzzySearch: 'comfy', SortCondition: { Field: 'ImageUseTime', ASC: true } },
  ],
  [
    'Tag AI绘画+LoRA, IfAutoStart, IsOfficial',
    { Tag: ['AI绘画', 'LoRA'], IfAutoStart: true, IsOfficial: true },
  ],
  ['Name qwen, Offset 40', { Name: 'qwen', Offset: 40 }],
  [
    'Offset 9000, Limit 100, FavoritesCount asc',
    { Offset: 9000, Limit: 100, SortCondition: { Field: 'FavoritesCount', ASC: true } },
  ],
]

function stats(samples: number[]) {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) }
}

function time(run: () => unknown, iterations: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return samples
}

const fmt = (ms: number) => ms.toFixed(3).padStart(8)

function row(label: string, result: { median: number; p95: number }) {
  console.log(`${label.padEnd(56)} ${fmt(result.median)} ${fmt(result.p95)}`)
}

/** `npm run bench:sandbox`: DescribeCommunityImages on 10,000 groups, per-query milliseconds. */
export function main(args: string[]): number {
  const groupCount = Number(args[0] ?? 10_000)
  const seedStart = performance.now()
  const reviewSeconds = 30
  let clock = Date.now()
  const sandbox = createSandbox({ dataDir: null, groupCount, reviewSeconds, now: () => clock })
  const listed = sandbox.state().groups.length
  console.log(`seeded ${listed} groups in ${(performance.now() - seedStart).toFixed(0)} ms`)
  console.log(`${'query'.padEnd(56)}   median      p95   (ms; core | core + JSON)`)

  for (const [label, params] of queries) {
    const fields = signRequest({ ...where, Action: 'DescribeCommunityImages', ...params }, account)
    const answer = sandbox.handle(fields).body
    if (answer.RetCode !== 0) throw new Error(`${label}: ${JSON.stringify(answer)}`)
    time(() => sandbox.handle(fields), 20)
    const core = stats(time(() => sandbox.handle(fields), 300))
    const withJson = stats(time(() => JSON.stringify(sandbox.handle(fields).body), 300))
    const total = String(answer.TotalCount).padStart(6)
    console.log(
      `${`${label} [${total}]`.padEnd(56)} ${fmt(core.median)} ${fmt(core.p95)} | ${fmt(withJson.median)} ${fmt(withJson.p95)}`,
    )
  }

  // Reads after a write pay for what it invalidated: a star moves one group within the
  // favourite orders; a publish (Reviewing, unlisted) invalidates nothing listed; an approval
  // rebuilds every view, index and order.
  const groupId = sandbox.state().groups[0]?.id
  const star = signRequest(
    { ...where, Action: 'CreateCompShareImageFavorite', GroupId: groupId },
    account,
  )
  const unstar = signRequest(
    { ...where, Action: 'DeleteCompShareImageFavorite', GroupId: groupId },
    account,
  )
  const byFavor = signRequest(
    { Action: 'DescribeCommunityImages', SortCondition: { Field: 'Favor' } },
    account,
  )
  let flip = false
  const afterStar = time(() => {
    flip = !flip
    sandbox.handle(flip ? star : unstar)
    sandbox.handle(byFavor)
  }, 60)
  row('star, then read sorted by Favor', stats(afterStar))

  const own = sandbox.state().groups.find((g) => g.owner === '演示用户')
  const image = sandbox
    .state()
    .customImages.find((i) => i.owner === account.publicKey && i.status === 'Available')
  const read = signRequest({ ...where, Action: 'DescribeCommunityImages' }, account)
  let version = 0
  const publish = () => {
    version++
    const fields = { CompShareImageId: image?.id, GroupId: own?.id, VersionName: `v100.${version}` }
    const answer = sandbox.handle(
      signRequest({ ...where, Action: 'PublishCompShareImage', ...fields }, account),
    )
    if (answer.body.RetCode !== 0) throw new Error(JSON.stringify(answer.body))
  }
  row('publish, then read', stats(time(() => (publish(), sandbox.handle(read)), 30)))
  const afterApproval = time(() => {
    publish()
    clock += reviewSeconds * 1000
    sandbox.handle(read)
  }, 30)
  row('publish, review passes, then read (full rebuild)', stats(afterApproval))
  return 0
}
