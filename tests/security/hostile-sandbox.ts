import { createSeedState } from '@/sandbox/seed'
import type { GroupRecord, SandboxState, VersionRecord } from '@/sandbox/types'
import { demoAccount, sandboxEpoch } from '../support/sandbox'
import { canaryCode as code, parsedReadme, xssPayloads } from './xss-payloads'

/** What the service sends in every text field of the hostile groups (React must show it as text). */
export const hostile = {
  name: `<img src=x onerror=${code}>`,
  description: `<script>${code}</script> javascript:${code}`,
  versionDesc: `<svg onload="${code}"></svg>`,
  author: `"><iframe src="javascript:${code}">`,
  tags: ['<b onclick=x>', 'javascript:alert(1)'],
  software: `<script>${code}</script>`,
  readme: parsedReadme,
  // The whole corpus, too large and too deep to parse: shown as plain text.
  hugeReadme: xssPayloads.map((p) => p.source).join('\n\n'),
} as const

export const hostileIds = {
  group: 'group-0badc0de',
  ownGroup: 'group-0badf00d',
  /** The older version of `group`, whose readme is too large to parse. */
  olderVersion: 'compshareImage-0badc0de-1',
  customImage: 'compshareImage-0badc0de-c',
} as const

function hostileGroup(template: GroupRecord, id: string, author: string): GroupRecord {
  const base = template.versions[0] as VersionRecord
  const versionPrefix = id.replace('group-', 'compshareImage-')
  const version = (versionId: string, versionName: string, pubTime: number): VersionRecord => ({
    ...base,
    id: versionId,
    name: hostile.name,
    author,
    status: 'Available',
    versionName,
    versionDesc: hostile.versionDesc,
    description: hostile.description,
    tags: [...hostile.tags],
    gpus: ['4090', `<script>${code}</script>`],
    // Never images: a script URL, then an SVG that could carry one.
    cover: `javascript:${code}`,
    pubTime,
    readme: hostile.readme,
    qrCodeUrl: `javascript:${code}`,
    ports: [{ Software: hostile.software, Port: 8888 }],
  })
  return {
    ...template,
    id,
    owner: author,
    versions: [
      {
        ...version(`${versionPrefix}-1`, 'v1.0', sandboxEpoch - 7200),
        readme: hostile.hugeReadme,
        cover: `data:image/svg+xml;base64,${btoa(`<svg onload="${code}"/>`)}`,
      },
      version(`${versionPrefix}-2`, 'v1.1', sandboxEpoch),
    ],
  }
}

/**
 * A small seed plus two hostile groups at the top of the newest-first list: one by a hostile
 * author that the demo account starred, one of the demo account's own; and a custom image of the
 * demo account with a hostile name.
 */
export function hostileState(): SandboxState {
  const state = createSeedState({ epoch: sandboxEpoch, groupCount: 20 })
  const template = state.groups[0]
  if (!template) throw new Error('the seed has no groups')
  state.groups.unshift(
    hostileGroup(template, hostileIds.group, hostile.author),
    hostileGroup(template, hostileIds.ownGroup, '演示用户'),
  )
  state.favorites[demoAccount.publicKey] = [hostileIds.group]
  state.customImages.unshift({
    id: hostileIds.customImage,
    owner: demoAccount.publicKey,
    name: hostile.name,
    status: 'Available',
    container: true,
    size: 1000,
    createTime: sandboxEpoch - 100,
    description: hostile.description,
  })
  return state
}
