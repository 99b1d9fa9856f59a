import type { ActionHandler } from './context.ts'
import { coverUrl } from '../seed/covers.ts'
import { validatePublish } from './publish-validate.ts'
import { hashString } from '../seed/random.ts'
import { qrCodeUrlFor } from '../seed/group.ts'
import type { GroupRecord, VersionRecord } from '../types.ts'

/**
 * Validates, then adds a Reviewing version (to a new group when no GroupId). The clock approves
 * it `reviewSeconds` after its PubTime. Name and Cover, when left out, carry over from the
 * group's newest version; every other field (Softwares too) is taken as sent, since an empty
 * list is indistinguishable from an absent one on the wire.
 */
export const publishImage: ActionHandler = (fields, context) => {
  const input = validatePublish(fields, context)
  const { account, catalogue, now } = context
  const state = catalogue.state
  const group: GroupRecord = input.group ?? {
    id: context.newId('group-'),
    owner: account.nickname,
    createdCount: 0,
    favoritesCount: 0,
    recommendCount: 0,
    imageUseTime: 0,
    versions: [],
  }
  const previous = group.versions.at(-1)
  const name = input.name ?? previous?.name ?? input.image.name

  // The upload is written before the state changes, so a failed write leaves nothing half-done.
  let cover = input.cover
    ? context.storeCover(input.cover.bytes, input.cover.extension)
    : previous?.cover
  if (cover === undefined) {
    const key = `${group.id}.svg`
    const hash = hashString(name)
    state.generatedCovers[key] = {
      // The whole name: the cover fits it to its width, with an ellipsis (covers.ts).
      title: name,
      subtitle: input.versionName,
      hue: hash % 360,
      motif: hash % 4,
    }
    cover = coverUrl(key)
  }

  const version: VersionRecord = {
    id: context.newId('compshareImage-'),
    name,
    author: account.nickname,
    authInfo: account.authInfo,
    status: 'Reviewing',
    autoApprove: true,
    price: input.price,
    versionName: input.versionName,
    versionDesc: input.versionDesc,
    description: input.description,
    tags: input.tags,
    gpus: input.gpus,
    cover,
    container: true,
    autoStart: input.autoStart,
    createTime: now,
    updateTime: now,
    pubTime: now,
    size: input.image.size,
    readme: input.readme,
    qrCodeUrl: qrCodeUrlFor(account.nickname, account.authInfo),
    // What the publisher declared, and nothing else: a version without Softwares has no ports.
    ports: input.ports,
    cudaVersion: input.cudaVersion,
    framework: input.framework,
    frameworkVersion: input.frameworkVersion,
  }
  if (!input.group) state.groups.push(group)
  group.versions.push(version)
  context.commit({ kind: 'published', group, version })
  return {}
}
