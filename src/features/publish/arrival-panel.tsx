import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { updateCompShareImage } from '@/api/actions/update-comp-share-image'
import { ApiErrorMessage } from '@/components/api-error-message'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { versionChanged } from '@/lib/my-queries'
import { findCopies, type Copy, type SentPublish } from './arrival-check'
import { buttonClass } from '@/components/ui/button'

const button = buttonClass('primary', 'sm')

/**
 * After a publish that may have arrived: looks at the account's groups for the copies that did,
 * newest first. One copy is a publish that worked; several (a browser or proxy re-sent it) can
 * be brought down to one, the oldest, by withdrawing the others (Visibility 0) in one action.
 */
export function ArrivalCheck({
  sent,
  onArrived,
  onChecked,
}: {
  sent: SentPublish
  onArrived: (copy: Copy, withdrawn: number) => void
  /** How many copies the check found, null when it failed, undefined while it runs. */
  onChecked: (copies: number | null | undefined) => void
}) {
  const { t } = useTranslation()
  const client = useApiClient()
  const queryClient = useQueryClient()
  const [withdrawing, setWithdrawing] = useState(false)
  const [withdrawError, setWithdrawError] = useState<unknown>(null)
  const [withdrawn, setWithdrawn] = useState(0)
  const check = useQuery({
    queryKey: ['publish-arrival', sent.sentAt, sent.request.versionName] as const,
    queryFn: ({ signal }) =>
      describeSelfCommunityImages(
        client,
        { sort: { field: 'PubTime', ascending: false }, limit: 100 },
        { signal },
      ).then((page) => findCopies(page.groups, sent)),
    retry: false,
    gcTime: 0,
  })
  const copies = check.data
  const [kept] = copies ?? []

  useEffect(() => {
    if (copies?.length === 1 && kept) onArrived(kept, withdrawn)
  }, [copies, kept, withdrawn, onArrived])
  const busy = check.isFetching
  useEffect(() => {
    onChecked(busy ? undefined : check.isError ? null : copies?.length)
  }, [busy, check.isError, copies, onChecked])

  const withdrawExtras = async () => {
    if (!copies || withdrawing) return
    setWithdrawing(true)
    setWithdrawError(null)
    try {
      // One at a time, each sent once: a failure stops here and the check shows what is left.
      for (const copy of copies.slice(1)) {
        await updateCompShareImage(client, { imageId: copy.imageId, visibility: 0 }, { once: true })
        setWithdrawn((n) => n + 1)
      }
    } catch (error) {
      setWithdrawError(error)
    } finally {
      setWithdrawing(false)
      void versionChanged(queryClient, copies[0] ? { groupId: copies[0].groupId } : null)
      void check.refetch()
    }
  }

  if (check.isPending || check.isFetching) {
    return <p role="status">{t('publish.arrival.checking')}</p>
  }
  if (check.isError) {
    return (
      <div role="alert" className="flex flex-col items-start gap-2 text-sm">
        <p>{t('publish.arrival.checkFailed')}</p>
        <ApiErrorMessage error={check.error} />
        <button type="button" className={button} onClick={() => void check.refetch()}>
          {t('publish.arrival.checkAgain')}
        </button>
      </div>
    )
  }
  if (!copies || copies.length === 0) {
    return (
      <div role="status" className="flex flex-col items-start gap-2 text-sm">
        <p>{t('publish.arrival.none', { version: sent.request.versionName })}</p>
        <button type="button" className={button} onClick={() => void check.refetch()}>
          {t('publish.arrival.checkAgain')}
        </button>
      </div>
    )
  }
  if (copies.length === 1) return <p role="status">{t('publish.arrival.one')}</p>
  const extra = copies.length - 1
  return (
    <div role="alert" className="flex flex-col items-start gap-2 text-sm">
      <p className="font-medium">
        {t('publish.arrival.several', { count: copies.length, version: sent.request.versionName })}
      </p>
      <p>{t('publish.arrival.severalBody', { extra })}</p>
      {withdrawError !== null && <ApiErrorMessage error={withdrawError} />}
      <button
        type="button"
        className={button}
        disabled={withdrawing}
        onClick={() => void withdrawExtras()}
      >
        {withdrawing ? t('publish.arrival.withdrawing') : t('publish.arrival.withdraw', { extra })}
      </button>
    </div>
  )
}
