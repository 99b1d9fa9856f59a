import type { CommunityImageGroup } from '@/api/actions/community-images'
import { deviceStore } from './device-store'
import { currentVersion } from './group'
import { hiddenKey } from './storage-keys'

// What an account chose not to see while browsing, kept per account on this device
// (./device-store.ts): tags excluded, images and authors hidden. The service can only include,
// so the list page leaves these out of the page it was sent and says how many it left out.

export interface HiddenImage {
  groupId: string
  /** Its name when hidden, to list it where it can be shown again. */
  name: string
}

export interface Hidden {
  tags: string[]
  images: HiddenImage[]
  authors: string[]
}

/** Enough for anyone's taste; a bound on what one key may hold. */
export const maxHidden = 200

const nothing: Hidden = { tags: [], images: [], authors: [] }

const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((item): item is string => typeof item === 'string' && item !== ''))]
    : []

function known(value: unknown): Hidden {
  const record = typeof value === 'object' && value !== null ? (value as Partial<Hidden>) : {}
  const images = Array.isArray(record.images)
    ? record.images.filter(
        (image): image is HiddenImage =>
          typeof image?.groupId === 'string' && typeof image.name === 'string',
      )
    : []
  return {
    tags: texts(record.tags).slice(-maxHidden),
    images: images
      .filter((image, index) => images.findIndex((i) => i.groupId === image.groupId) === index)
      .map(({ groupId, name }) => ({ groupId, name }))
      .slice(-maxHidden),
    authors: texts(record.authors).slice(-maxHidden),
  }
}

const isNothing = (hidden: Hidden) =>
  hidden.tags.length + hidden.images.length + hidden.authors.length === 0

const store = deviceStore(known, nothing, isNothing)

export const readHidden = (accountId: string): Hidden => store.read(hiddenKey(accountId))
export const useHidden = (accountId: string): Hidden => store.use(hiddenKey(accountId))

/** Applies `change` to what the account hides. Whether it was stored (else: this tab only). */
export function changeHidden(accountId: string, change: (hidden: Hidden) => Hidden): boolean {
  return store.write(hiddenKey(accountId), change(readHidden(accountId)))
}

/** Why `group` is hidden, if it is: its own choice first, then its author, then a tag. */
export function hiddenBy(hidden: Hidden, group: CommunityImageGroup): string | null {
  if (hidden.images.some((image) => image.groupId === group.groupId)) return 'image'
  const version = currentVersion(group)
  if (version && hidden.authors.includes(version.author)) return 'author'
  if (version?.tags.some((tag) => hidden.tags.includes(tag))) return 'tag'
  return null
}

export const isHiding = (hidden: Hidden) => !isNothing(hidden)
