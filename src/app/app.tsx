import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createConnectionStore } from '@/lib/connection'
import { ConnectedProviders } from './connected-providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(routes))
  // Sandbox mode unless the user chose CompShare in Settings (kept for the tab or the device).
  const [connection] = useState(() => createConnectionStore())
  return (
    <ConnectedProviders queryClient={queryClient} connection={connection}>
      <RouterProvider router={router} />
    </ConnectedProviders>
  )
}
