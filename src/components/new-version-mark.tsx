import type { CommunityImageGroup } from '@/api/actions/community-images'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { currentVersion } from '@/lib/group'
import { isNewSinceSeen, useSeen } from '@/lib/seen'

/** On a starred image's card: it has a version newer than the account's last look at it. */
export function NewVersionMark({ group }: { group: CommunityImageGroup }) {
  const { t } = useTranslation()
  const seen = useSeen(useApiClient().accountId)
  if (!isNewSinceSeen(seen, group)) return null
  const version = currentVersion(group)?.versionName ?? ''
  return (
    <p>
      <span className="inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
        {t('card.newVersion', { version })}
      </span>
    </p>
  )
}
