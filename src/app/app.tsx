import { createBrowserRouter } from 'react-router'
// From react-router/dom: it hands the router ReactDOM.flushSync, for navigations that must
// paint in the frame of their click (src/features/browse/use-browse-search.ts).
import { RouterProvider } from 'react-router/dom'
import type { QueryClient } from '@tanstack/react-query'
import { createConnectionStore, type ConnectionStore } from '@/lib/connection'
import { ConnectedProviders } from './connected-providers'
import { createQueryClient } from './query-client'
import { appRouteData } from './route-context'
import { createRoutes } from './routes'

interface AppParts {
  router: ReturnType<typeof createBrowserRouter>
  queryClient: QueryClient
  connection: ConnectionStore
}

/**
 * Everything the app needs before React starts. Creating the router starts fetching the first
 * page's chunk and its loader, which starts the page's data (or takes the answer already on its
 * way from the head, src/app/first-request.ts), so main.tsx does this early.
 */
export function startApp(): AppParts {
  const queryClient = createQueryClient()
  // Sandbox mode unless the user chose CompShare in Settings (kept for the tab or the device).
  const connection = createConnectionStore()
  const routes = createRoutes(appRouteData(queryClient, connection))
  return { router: createBrowserRouter(routes), queryClient, connection }
}

/**
 * Resolves once the router has the first page's chunk. Rendering before that would replace
 * index.html's page frame with an empty one (ADR 0016).
 */
export function routerReady(router: AppParts['router']): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
}

export function App({ router, queryClient, connection }: AppParts) {
  return (
    <ConnectedProviders queryClient={queryClient} connection={connection}>
      <RouterProvider router={router} />
    </ConnectedProviders>
  )
}
