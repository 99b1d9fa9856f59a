import type { ApiClient } from '@/api/client'
import { imageQueries } from '@/lib/image-queries'
import { myQueries } from '@/lib/my-queries'
import { startQueries } from '@/lib/route-data'

/**
 * What the wizard and the edit page ask for: the account's custom images to publish from, its
 * groups (the service's largest page) to add a version to, and the tags to choose from.
 */
export function publishQueries(client: ApiClient) {
  return {
    images: myQueries.customImages(client),
    groups: myQueries.groups(client, { limit: 100 }),
    tags: imageQueries.tags(client),
  }
}

export const loader = startQueries(({ client }) => Object.values(publishQueries(client)))

/** Editing a published version needs no custom images. */
export const editLoader = startQueries(({ client }) => {
  const { groups, tags } = publishQueries(client)
  return [groups, tags]
})
