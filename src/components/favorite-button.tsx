import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup, CommunityImagesPage } from '@/api/actions/community-images'
import { useApiClient } from '@/lib/api-client-context'
import { imageMutations, imageQueries } from '@/lib/image-queries'
import { markSeen } from '@/lib/seen'
import { apiErrorText } from './api-error-message'
import { notify } from './toast'

function flip(group: CommunityImageGroup, groupId: string, favorite: boolean): CommunityImageGroup {
  if (group.groupId !== groupId || group.isFavorite === favorite) return group
  return {
    ...group,
    isFavorite: favorite,
    favoritesCount: Math.max(0, group.favoritesCount + (favorite ? 1 : -1)),
  }
}

/** What a star on `groupId` changes: every list (the group may be on any) and its own page. */
const touched = (groupId: string) => [imageQueries.lists(), imageQueries.detailKey(groupId)]

/** Shows the new state on every cached list and group page at once; returns how to undo it. */
function applyEverywhere(queryClient: QueryClient, groupId: string, favorite: boolean) {
  const snapshot = touched(groupId).flatMap((queryKey) => queryClient.getQueriesData({ queryKey }))
  queryClient.setQueriesData<CommunityImagesPage>(
    { queryKey: imageQueries.lists() },
    (page) => page && { ...page, groups: page.groups.map((g) => flip(g, groupId, favorite)) },
  )
  queryClient.setQueriesData<CommunityImageGroup | null>(
    { queryKey: imageQueries.detailKey(groupId) },
    (group) => group && flip(group, groupId, favorite),
  )
  return () => snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data))
}

/** A star that answers at once and puts itself back, with a message, if the service refuses. */
export function FavoriteButton({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const client = useApiClient()
  const mutation = useMutation({
    ...imageMutations.favorite(client),
    onMutate: async ({ groupId, favorite }) => {
      // A refresh already on its way would answer with the old star.
      await Promise.all(touched(groupId).map((queryKey) => queryClient.cancelQueries({ queryKey })))
      return { undo: applyEverywhere(queryClient, groupId, favorite) }
    },
    onError: (error, _, context) => {
      context?.undo()
      notify.error(t('favorite.failed', { message: apiErrorText(error, t) }))
    },
    onSettled: (_data, _error, { groupId }) =>
      Promise.all(touched(groupId).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
  const on = group.isFavorite
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={t(on ? 'favorite.remove' : 'favorite.add', { name: group.name })}
      // One change at a time: overlapping create/delete could land out of order.
      disabled={mutation.isPending}
      onClick={() => {
        // Starred as it is now: only a later version is new to the account.
        if (!on) markSeen(client.accountId, group)
        mutation.mutate({ groupId: group.groupId, favorite: !on })
      }}
      className={`relative z-10 rounded-full p-2 hover:bg-slate-100 dark:hover:bg-slate-800 ${
        on ? 'text-amber-500' : 'text-slate-500 dark:text-slate-400'
      }`}
    >
      <svg
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        fill={on ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
      >
        <path
          strokeLinejoin="round"
          d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z"
        />
      </svg>
    </button>
  )
}
