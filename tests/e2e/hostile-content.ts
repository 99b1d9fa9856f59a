import { readFileSync } from 'node:fs'
import { gpuTypes } from '../../src/api/gpu-types'
import { charLength, publishLimits as limits, utf8Bytes } from '../../src/api/limits'
import { softwarePorts } from '../../src/sandbox/actions/software-ports'
import type { OwnServer } from './own-server'

// The longest text the publish form and PublishCompShareImage accept (src/api/limits.ts), all
// of it without a single place a line may break: what a hostile (or careless) publisher can
// put on every page that shows a listing.

/** `prefix` then wide letters up to `length` characters, with no space or hyphen in it. */
export const unbroken = (prefix: string, length: number) =>
  prefix + 'W'.repeat(length - charLength(prefix))

/** `v` then four parts of nine digits: the longest version name (src/lib/version.ts). */
const longestVersion = (digit: number) => `v${Array(4).fill(String(digit).repeat(9)).join('.')}`

const url = (length: number) => unbroken('https://example.com/', length)
const heading = unbroken('Heading', 3000)

function readme(version: string) {
  const cells = (prefix: string) =>
    `| ${Array.from({ length: 12 }, (_, i) => unbroken(`${prefix}${i}`, 40)).join(' | ')} |`
  return [
    `# ${heading}`,
    unbroken(`Word${version}`, 500),
    `A long link: [${url(500)}](${url(500)}) and a bare one: ${unbroken('https://example.org/', 500)}`,
    '## Inline code',
    `Inline: \`${unbroken(`code${version}`, 400)}\` after it.`,
    '## A wide table',
    [cells('head'), `|${' --- |'.repeat(12)}`, cells('cell')].join('\n'),
    '### Code and lists',
    '```',
    unbroken(`line${version}`, 600),
    '```',
    `- ${unbroken('item', 300)}`,
    `  - ${unbroken('nested', 300)}`,
    `> ${unbroken('quote', 300)}`,
    `${'#'.repeat(3)} ${unbroken(`Changes${version}`, 200)}`,
    unbroken(`changed${version}`, 500),
  ].join('\n\n')
}

export const hostile = {
  name: unbroken('HostileName', limits.nameChars),
  heading,
  tags: Array.from({ length: limits.tags }, (_, i) => unbroken(`Tag${i}`, limits.tagChars)),
  /** A version the wizard may still add after the two published ones. */
  nextVersion: longestVersion(9),
  versions: [1, 2].map((n) => ({
    versionName: longestVersion(n),
    versionDesc: unbroken(`Notes${n}`, limits.versionDescChars),
    description: unbroken(`Description${n}`, limits.descriptionChars),
    readme: readme(`v${n}`),
    cover: readFileSync(n === 1 ? 'tests/fixtures/photo.jpg' : 'tests/fixtures/cover.jpg'),
  })),
  /** Another description for the wizard, so its review lists a change of a long text. */
  otherDescription: unbroken('Description3', limits.descriptionChars),
  otherNotes: unbroken('Notes3', limits.versionDescChars),
}

for (const version of hostile.versions) {
  if (utf8Bytes(version.readme) > limits.readmeBytes) throw new Error('readme over the limit')
}

export interface Seeded {
  groupId: string
  imageId: string
  /** The versions' image ids, oldest first. */
  versionIds: string[]
}

/**
 * Publishes two versions of one group with the hostile listing from the first demo account's
 * first publishable image, and stars it, so it shows in every list of /my too.
 */
export async function publishHostileGroup(call: OwnServer['call']): Promise<Seeded> {
  const images = (await call('DescribeCompShareCustomImages')).ImageSet as {
    CompShareImageId: string
    Status: string
    Container: string
  }[]
  const image = images.find((i) => i.Status === 'Available' && i.Container === 'True')
  if (!image) throw new Error('no publishable image')
  let groupId: string | undefined
  for (const version of hostile.versions) {
    if (groupId) await new Promise((done) => setTimeout(done, 1100)) // a later PubTime
    await call('PublishCompShareImage', {
      CompShareImageId: image.CompShareImageId,
      GroupId: groupId,
      CommunityImageName: hostile.name,
      VersionName: version.versionName,
      VersionDesc: version.versionDesc,
      Description: version.description,
      Price: 99.99,
      Tags: hostile.tags,
      SupportedGpuTypes: gpuTypes,
      AutoStart: true,
      Readme: version.readme,
      Cover: version.cover.toString('base64'),
      Softwares: {
        Applications: softwarePorts.map((port) => port.Software),
        CUDAVersion: unbroken('cuda', limits.softwareFieldChars),
        Framework: unbroken('framework', limits.softwareFieldChars),
        FrameworkVersion: unbroken('frameworkVersion', limits.softwareFieldChars),
      },
    })
    const mine = (await call('DescribeSelfCommunityImages', { Limit: 100 }))
      .CompshareImageGroup as { GroupId: string; ImageName: string }[]
    groupId = mine.find((group) => group.ImageName === hostile.name)?.GroupId
    if (!groupId) throw new Error('the published group is not listed')
  }
  await call('CreateCompShareImageFavorite', { GroupId: groupId })
  const groups = (await call('DescribeCommunityImages', { GroupId: groupId }))
    .CompshareImageGroup as { Data: { CompShareImageId: string; PubTime: number }[] }[]
  const versions = [...(groups[0]?.Data ?? [])].sort((a, b) => a.PubTime - b.PubTime)
  if (versions.length !== 2) throw new Error(`expected 2 listed versions, got ${versions.length}`)
  return {
    groupId: groupId!,
    imageId: image.CompShareImageId,
    versionIds: versions.map((v) => v.CompShareImageId),
  }
}
