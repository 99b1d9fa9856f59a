import { useMemo, useState } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { useApiClient } from '@/lib/api-client-context'
import { currentVersion } from '@/lib/group'
import { changeHidden, hiddenBy, useHidden, type Hidden } from '@/lib/hidden'
import type { HideChoice } from './hide-menu'

/** The last thing hidden from a card, with its undoing; said above the results. */
export interface LastHidden {
  label: string
  kind: HideChoice['kind']
  undo: () => void
}

/**
 * The account's hidden tags, images and authors applied to a page of results: what is kept,
 * how many were left out, and the changes (each kept on this device, per account).
 */
export function useHiding(groups: CommunityImageGroup[]) {
  const { accountId } = useApiClient()
  const hidden = useHidden(accountId)
  const [last, setLast] = useState<LastHidden | null>(null)
  const [unsaved, setUnsaved] = useState(false)
  const kept = useMemo(() => groups.filter((group) => !hiddenBy(hidden, group)), [groups, hidden])

  const change = (update: (current: Hidden) => Hidden) =>
    setUnsaved(!changeHidden(accountId, update))

  const hide = ({ kind, group }: HideChoice) => {
    const author = currentVersion(group)?.author ?? ''
    if (kind === 'image') {
      const image = { groupId: group.groupId, name: group.name }
      change((h) => ({ ...h, images: [...h.images, image] }))
      setLast({ kind, label: group.name, undo: () => showImage(group.groupId) })
    } else {
      change((h) => ({ ...h, authors: [...h.authors, author] }))
      setLast({ kind, label: author, undo: () => showAuthor(author) })
    }
  }
  const showImage = (groupId: string) => {
    setLast(null)
    change((h) => ({ ...h, images: h.images.filter((image) => image.groupId !== groupId) }))
  }
  const showAuthor = (author: string) => {
    setLast(null)
    change((h) => ({ ...h, authors: h.authors.filter((other) => other !== author) }))
  }
  const excludeTag = (tag: string, on: boolean) =>
    change((h) => ({
      ...h,
      tags: on ? [...h.tags, tag] : h.tags.filter((other) => other !== tag),
    }))
  const showAll = () => {
    setLast(null)
    change(() => ({ tags: [], images: [], authors: [] }))
  }

  return {
    hidden,
    kept,
    left: groups.length - kept.length,
    count: groups.length,
    last,
    unsaved,
    hide,
    showImage,
    showAuthor,
    excludeTag,
    showAll,
  }
}

export type Hiding = ReturnType<typeof useHiding>
