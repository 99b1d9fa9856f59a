import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { ApiClient } from '@/api/client'
import { ThemeProvider } from '@/components/theme-provider'
import { AppToaster } from '@/components/toast'
import { i18n } from '@/i18n/i18n'
import { ApiClientContext } from '@/lib/api-client-context'

export function AppProviders({
  queryClient,
  apiClient,
  children,
}: {
  queryClient: QueryClient
  apiClient: ApiClient
  children: ReactNode
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientContext value={apiClient}>
          <ThemeProvider>
            {children}
            <AppToaster />
          </ThemeProvider>
        </ApiClientContext>
      </QueryClientProvider>
    </I18nextProvider>
  )
}
