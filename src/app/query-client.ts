import { QueryCache, QueryClient } from '@tanstack/react-query'
import { notify } from '@/components/toast'
import { i18n } from '@/i18n/i18n'

/**
 * A failure while a query already shows data (a background refetch) has nowhere on the page
 * to appear, so it becomes a toast; a first-load failure is shown by the page itself.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined) return
        const message =
          error instanceof Error && error.message ? error.message : i18n.t('errors.unknown')
        notify.error(i18n.t('errors.backgroundRefresh', { message }))
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000 },
      mutations: { retry: false },
    },
  })
}
