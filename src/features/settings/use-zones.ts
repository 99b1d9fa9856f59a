import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import {
  createConnectionClient,
  isZoneOf,
  normalizeConnection,
  type ClientSettings,
  type Connection,
} from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'
import { platformQueries } from '@/lib/platform-queries'
import { keyErrors } from './key-rules'

/** Typing a key must not send a request per keystroke: the settings are asked once they rest. */
const settleMs = 600

/** What the zone list is asked with: the form's settings once they have stopped changing. */
function useSettled(draft: Connection, saved: Connection): ClientSettings | null {
  const { mode, region, publicKey, privateKey } = normalizeConnection(draft)
  const wanted = useMemo(
    () => ({ mode, region, zone: '', publicKey, privateKey }),
    [mode, region, publicKey, privateKey],
  )
  const [settled, setSettled] = useState(wanted)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(wanted), wanted.mode === 'sandbox' ? 0 : settleMs)
    return () => clearTimeout(timer)
  }, [wanted])
  // Until the form rests, nothing: the last settings may be another mode's or account's, and
  // asking with them after a switch would reach the service just left.
  if (settled !== wanted) return null
  const errors = keyErrors(settled, saved)
  if (settled.mode === 'compshare' && (errors.publicKey || errors.privateKey)) return null
  return settled
}

/**
 * The zones of the region in the form, asked with the settings in the form (not yet saved), and
 * the zone that would be saved: the chosen one while it belongs to the region, else the first.
 */
export function useZones(draft: Connection) {
  const queryClient = useQueryClient()
  const saved = useConnection()
  const settings = useSettled(draft, saved)
  const client = useMemo(() => settings && createConnectionClient(settings), [settings])
  const query = useQuery({
    ...platformQueries.zones(client ?? createConnectionClient(draft), draft.region),
    enabled: client !== null,
  })
  const zones = query.data ?? []
  const chosen = zones.some((z) => z.zone === draft.zone) ? draft.zone : zones[0]?.zone
  const kept = isZoneOf(draft.zone, draft.region) ? draft.zone : ''
  /**
   * The zone to save or test `next` with: the one on screen, else (the list not in yet) the
   * region's first, asked for now; empty when the list cannot be had.
   */
  const resolve = async (next: Connection): Promise<Connection> => {
    if (next.zone) return next
    const options = platformQueries.zones(createConnectionClient(next), next.region)
    const list = await queryClient.fetchQuery(options).catch(() => [])
    return { ...next, zone: list[0]?.zone ?? '' }
  }
  const errors = keyErrors(normalizeConnection(draft), saved)
  const waitingForKeys =
    draft.mode === 'compshare' && Boolean(errors.publicKey || errors.privateKey)
  return { query, zones, zone: chosen ?? kept, waitingForKeys, resolve }
}
