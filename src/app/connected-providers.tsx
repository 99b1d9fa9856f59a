import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { createConnectionClient, onIdentityChange, type ConnectionStore } from '@/lib/connection'
import { AppProviders } from './providers'

/** The app's providers, with the ApiClient built from the connection settings the user chose. */
export function ConnectedProviders({
  queryClient,
  connection,
  children,
}: {
  queryClient: QueryClient
  connection: ConnectionStore
  children: ReactNode
}) {
  const { mode, region, zone, publicKey, privateKey } = useSyncExternalStore(
    connection.subscribe,
    connection.getSnapshot,
  )
  // Rebuilt only when something the requests depend on changes, not when "remember" does.
  const apiClient = useMemo(
    () => createConnectionClient({ mode, region, zone, publicKey, privateKey }),
    [mode, region, zone, publicKey, privateKey],
  )

  // Query keys hold no credentials, so answers for one account would be served to the next.
  // The listener runs inside the store's save, before React renders with the new client: no
  // component ever sees the old account's data under the new one.
  useEffect(
    () => onIdentityChange(connection, () => queryClient.clear()),
    [connection, queryClient],
  )

  return (
    <AppProviders queryClient={queryClient} apiClient={apiClient} connection={connection}>
      {children}
    </AppProviders>
  )
}
