import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ApiClient } from '@/api/client'
import { ThemeProvider } from '@/components/theme-provider'
import { AppToaster } from '@/components/toast'
import { ApiClientContext } from '@/lib/api-client-context'
import type { ConnectionStore } from '@/lib/connection'
import { ConnectionContext } from '@/lib/connection-context'

export function AppProviders({
  queryClient,
  apiClient,
  connection = null,
  children,
}: {
  queryClient: QueryClient
  apiClient: ApiClient
  /** The settings `apiClient` was built from; without one the app is in sandbox mode. */
  connection?: ConnectionStore | null
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionContext value={connection}>
        <ApiClientContext value={apiClient}>
          <ThemeProvider>
            {children}
            <AppToaster />
          </ThemeProvider>
        </ApiClientContext>
      </ConnectionContext>
    </QueryClientProvider>
  )
}
