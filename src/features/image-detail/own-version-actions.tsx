import { Link } from 'react-router'
import { buttonClass } from '@/components/ui/button'
import { LinkButton } from '@/components/ui/link-button'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { VisibilityControl } from '@/components/visibility-control'
import { useTranslation } from '@/i18n/use-translation'

/**
 * On the page of one's own image: a new version, and editing or hiding the version shown. The
 * group is the account's own view of it (DescribeSelfCommunityImages), hidden versions included.
 */
export function OwnVersionActions({
  group,
  imageId,
}: {
  group: CommunityImageGroup
  imageId: string
}) {
  const { t } = useTranslation()
  const version = group.versions.find((v) => v.imageId === imageId)
  return (
    <div className="flex flex-wrap items-center gap-3">
      <LinkButton size="sm" to={`/publish?group=${encodeURIComponent(group.groupId)}`}>
        {t('detail.publishNewVersion')}
      </LinkButton>
      {version && (
        <>
          <Link
            to={`/my/versions/${encodeURIComponent(version.imageId)}/edit`}
            aria-label={t('edit.editNamed', { version: version.versionName, name: group.name })}
            className={buttonClass('link')}
          >
            {t('edit.editThis', { version: version.versionName })}
          </Link>
          <VisibilityControl group={group} version={version} />
        </>
      )}
    </div>
  )
}
