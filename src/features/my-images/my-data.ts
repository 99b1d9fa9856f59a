import { instanceQueries } from '@/lib/instance-queries'
import { myQueries } from '@/lib/my-queries'
import { startQueries } from '@/lib/route-data'

/** /my shows it all at once: instances, what the account published, custom images, stars. */
export const loader = startQueries(({ client }) => [
  instanceQueries.mine(client),
  myQueries.allGroups(client),
  myQueries.customImages(client),
  myQueries.favorites(client),
])
