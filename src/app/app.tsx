import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createConnectionStore } from '@/lib/connection'
import { ConnectedProviders } from './connected-providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

/** Creating the router starts fetching the first page's chunk, so main.tsx does it early. */
export function createAppRouter() {
  return createBrowserRouter(routes)
}

export function App({ router }: { router: ReturnType<typeof createAppRouter> }) {
  const [queryClient] = useState(createQueryClient)
  // Sandbox mode unless the user chose CompShare in Settings (kept for the tab or the device).
  const [connection] = useState(() => createConnectionStore())
  return (
    <ConnectedProviders queryClient={queryClient} connection={connection}>
      <RouterProvider router={router} />
    </ConnectedProviders>
  )
}
