import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { AppProviders } from './providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(routes))
  // Settings will choose between the sandbox and the real service; the sandbox is the default.
  const [apiClient] = useState(() => createApiClient(sandboxConfig))
  return (
    <AppProviders queryClient={queryClient} apiClient={apiClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
