import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { HttpHandler } from 'msw'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import type { ApiClient } from '@/api/client'
import { ConnectedProviders } from '@/app/connected-providers'
import { AppProviders } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { appRouteData } from '@/app/route-context'
import { createRoutes } from '@/app/routes'
import type { Language } from '@/i18n/catalogue'
import { detectLanguage, initI18n } from '@/i18n/i18n'
import { createConnectionStore, type ConnectionStore } from '@/lib/connection'
import type { SandboxOptions } from '@/sandbox/sandbox'
import { server } from './msw-server'
import { installSandbox } from './sandbox'

interface RenderAppOptions {
  /** Forces a language; by default the app detects it as it would on start-up. */
  language?: Language
  routes?: RouteObject[]
  /**
   * A fixed client instead of the one the app builds from its connection settings (by default
   * the sandbox's demo account, which the test's MSW handlers answer).
   */
  apiClient?: ApiClient
  /**
   * The connection settings the app starts with; by default read from jsdom's storage as the
   * app would on start-up (empty unless the test wrote there first, so: sandbox mode).
   */
  connection?: ConnectionStore
  /** Options for the fresh in-memory sandbox every render gets behind MSW. */
  sandbox?: Partial<SandboxOptions>
  /** MSW handlers that take precedence over the sandbox (faults, odd answers). */
  handlers?: HttpHandler[]
  /**
   * Keeps the app's own read retry rule, with no wait between attempts, instead of failing at
   * once: for tests of what is retried.
   */
  appRetries?: boolean
}

/** Mounts the real providers and router at `url`, as a visitor opening that address would. */
export async function renderApp(url = '/', options: RenderAppOptions = {}) {
  await initI18n(options.language ?? detectLanguage())
  const sandbox = installSandbox(options.sandbox)
  if (options.handlers) server.use(...options.handlers)
  // The app's own client (same cache and error toasts), fresh per test and without retries so
  // a failure shows at once.
  const queryClient = createQueryClient()
  const defaults = queryClient.getDefaultOptions()
  queryClient.setDefaultOptions({
    queries: {
      ...defaults.queries,
      ...(options.appRetries ? { retryDelay: 0 } : { retry: false }),
    },
    mutations: { ...defaults.mutations, retry: false },
  })
  const connection = options.connection ?? createConnectionStore()
  const routes =
    options.routes ?? createRoutes(appRouteData(queryClient, connection, options.apiClient))
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const user = userEvent.setup()
  const app = <RouterProvider router={router} />
  const view = render(
    options.apiClient ? (
      <AppProviders queryClient={queryClient} apiClient={options.apiClient} connection={connection}>
        {app}
      </AppProviders>
    ) : (
      <ConnectedProviders queryClient={queryClient} connection={connection}>
        {app}
      </ConnectedProviders>
    ),
  )
  // Lazy routes resolve asynchronously: wait until the page has its main heading.
  await screen.findByRole('heading', { level: 1 })
  return { ...view, user, router, queryClient, sandbox, connection }
}
