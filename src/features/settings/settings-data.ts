import { platformQueries } from '@/lib/platform-queries'
import { startQueries } from '@/lib/route-data'

/** The form opens on the saved settings: the zones of the saved region, asked with them. */
export const loader = startQueries(({ client, connection }) => [
  platformQueries.zones(client, connection.region),
])
