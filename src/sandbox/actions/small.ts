import type { ActionHandler } from './context.ts'
import type { Listings } from '../state/listings.ts'
import { invalidParameter, missingParameter } from './errors.ts'
import { listedInCommunity } from '../state/group-view.ts'
import { optionalText, page, type Fields } from './params.ts'
import { tagCategories } from '../state/tag-categories.ts'
import type { GroupRecord } from '../types.ts'

/** The caller's own custom images, newest first: what the publish form picks from. */
export const describeCustomImages: ActionHandler = (fields, { catalogue, account }) => {
  const imageId = optionalText(fields, 'CompShareImageId')
  const { offset, limit } = page(fields)
  const mine = catalogue.state.customImages
    .filter((image) => image.owner === account.publicKey)
    .filter((image) => imageId === undefined || image.id === imageId)
    .sort((a, b) => b.createTime - a.createTime || (a.id < b.id ? -1 : 1))
  return {
    TotalCount: mine.length,
    ImageSet: mine.slice(offset, offset + limit).map((image) => ({
      CompShareImageId: image.id,
      Name: image.name,
      Status: image.status,
      // Every image an account makes from an instance is Custom; Container tells the kinds apart.
      ImageType: 'Custom',
      Container: image.container ? 'True' : 'False',
      Size: image.size,
      CreateTime: image.createTime,
      Description: image.description,
      // The SDK model names the account that made it, as published versions do.
      Author: account.nickname,
      AuthInfo: account.authInfo,
    })),
  }
}

/**
 * Tags of listed groups' current versions, most used first, and the categories they are filed
 * under, as the service answers: `Tags`, `TagsMap`, `TagIndex`, and no counts.
 */
export const describeImageTags: ActionHandler = (_fields, { catalogue }) => {
  const counts = new Map<string, number>()
  for (const view of catalogue.communityViews()) {
    for (const tag of new Set(view.current.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  const tags = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name]) => name)
  const tagsMap: Record<string, string[]> = {}
  for (const [category, members] of tagCategories) {
    const used = members.filter((tag) => counts.has(tag))
    if (used.length) tagsMap[category] = used
  }
  return { Tags: tags, TagsMap: tagsMap, TagIndex: Object.keys(tagsMap) }
}

/** A group the caller can see: listed in the marketplace, or their own. */
function visibleGroup(fields: Fields, catalogue: Listings, nickname: string): GroupRecord {
  const groupId = optionalText(fields, 'GroupId')
  if (groupId === undefined) throw missingParameter('GroupId')
  const group = catalogue.group(groupId)
  const listed = group?.versions.some(listedInCommunity)
  if (!group || (!listed && group.owner !== nickname)) {
    throw invalidParameter('GroupId', `no group ${groupId}`)
  }
  return group
}

/** Starring twice is not an error: the second call changes nothing. */
export const createFavorite: ActionHandler = (fields, { catalogue, account, commit }) => {
  const group = visibleGroup(fields, catalogue, account.nickname)
  const starred = (catalogue.state.favorites[account.publicKey] ??= [])
  if (!starred.includes(group.id)) {
    starred.push(group.id)
    group.favoritesCount += 1
    commit({ kind: 'stars', group })
  }
  return {}
}

export const deleteFavorite: ActionHandler = (fields, { catalogue, account, commit }) => {
  const group = visibleGroup(fields, catalogue, account.nickname)
  const starred = catalogue.state.favorites[account.publicKey] ?? []
  const index = starred.indexOf(group.id)
  if (index >= 0) {
    starred.splice(index, 1)
    group.favoritesCount = Math.max(0, group.favoritesCount - 1)
    commit({ kind: 'stars', group })
  }
  return {}
}
