import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ThemeProvider } from '@/components/theme-provider'
import { AppToaster } from '@/components/toast'
import { i18n } from '@/i18n/i18n'

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider>
          {children}
          <AppToaster />
        </ThemeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  )
}
