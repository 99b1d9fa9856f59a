import { myQueries } from '@/lib/my-queries'
import { startQueries } from '@/lib/route-data'

/** /my shows all three at once: what the account published, its custom images, its stars. */
export const loader = startQueries(({ client }) => [
  myQueries.allGroups(client),
  myQueries.customImages(client),
  myQueries.favorites(client),
])
