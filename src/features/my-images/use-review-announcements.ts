import { useEffect, useRef } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { notify } from '@/components/toast'
import { reviewChanges, versionStates, type VersionState } from './review-changes'
import { statusLabel } from '@/components/status-badge'

/**
 * Tells the user when a version they published leaves review, comparing each fetch with the
 * one before. The toast region is polite, so a screen reader hears it without losing its place.
 */
export function useReviewAnnouncements(groups: readonly CommunityImageGroup[] | undefined) {
  const { t } = useTranslation()
  const seen = useRef<ReadonlyMap<string, VersionState> | null>(null)
  useEffect(() => {
    if (!groups) return
    const next = versionStates(groups)
    // The first answer on this visit is the baseline: nothing has changed in front of the user.
    if (seen.current) {
      for (const change of reviewChanges(seen.current, next)) {
        const message = t('my.published.statusChanged', {
          version: change.versionName,
          name: change.groupName,
          status: statusLabel(change.status, t),
        })
        if (change.status === 'Available') notify.success(message)
        else notify.info(message)
      }
    }
    seen.current = next
  }, [groups, t])
}
