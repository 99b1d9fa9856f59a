import { QueryCache, QueryClient } from '@tanstack/react-query'
import { shouldRetryRead } from '@/api/errors'
import { apiErrorText } from '@/components/api-error-message'
import { notify } from '@/components/toast'
import { i18n } from '@/i18n/i18n'
import { recoveryInterval } from '@/lib/query-recovery'

/**
 * A failure while a query already shows data (a background refetch) has nowhere on the page
 * to appear, so it becomes a toast; a first-load failure is shown by the page itself.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined) return
        notify.error(i18n.t('errors.backgroundRefresh', { message: apiErrorText(error, i18n.t) }))
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        refetchInterval: recoveryInterval,
        // A route's loader asks as its page opens; a page drawn just after a failure shows it
        // with "Try again" instead of sending the same failing request a second time.
        retryOnMount: false,
      },
      mutations: { retry: false },
    },
  })
}
