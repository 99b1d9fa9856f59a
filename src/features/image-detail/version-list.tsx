import { useTranslation } from '@/i18n/use-translation'
import type { CommunityImageVersion } from '@/api/actions/community-images'
import { StatusBadge } from '@/components/status-badge'
import { useLanguage } from '@/components/use-language'
import { formatDate, formatSize } from '@/lib/format'
import { CompareWithPreviousLink } from './version-compare-links'

interface VersionListProps {
  versions: CommunityImageVersion[]
  selectedId: string
  onSelect: (imageId: string) => void
  /** Given, each version but the oldest links to its comparison with the one before it. */
  groupId?: string
}

/** Every listed version, newest first; choosing one updates `?version=`. */
export function VersionList({ versions, selectedId, onSelect, groupId }: VersionListProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">
        {t('detail.versions')}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          · {t('detail.versionCount', { count: versions.length })}
        </span>
      </legend>
      <ul className="flex flex-col gap-2">
        {versions.map((version, index) => (
          <li key={version.imageId} className="relative">
            <label
              className={`flex cursor-pointer flex-col gap-1 rounded-md border p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${
                groupId && index < versions.length - 1 ? 'pb-9' : ''
              } ${
                version.imageId === selectedId
                  ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40'
                  : 'border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'
              }`}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="version"
                  className="sr-only"
                  checked={version.imageId === selectedId}
                  onChange={() => onSelect(version.imageId)}
                />
                <span className="font-medium">{version.versionName}</span>
                <StatusBadge status={version.status} />
              </span>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {t('detail.publishedOn', { date: formatDate(version.pubTime, language) })} ·{' '}
                {t('detail.size', { size: formatSize(version.sizeMb, language) })}
              </span>
              {version.versionDesc && (
                <span className="line-clamp-2 text-slate-700 dark:text-slate-300">
                  {version.versionDesc}
                </span>
              )}
            </label>
            {/* Beside the label, not in it: a link inside a label would also pick the version. */}
            {groupId && (
              <CompareWithPreviousLink
                groupId={groupId}
                version={version}
                versions={versions}
                className="absolute bottom-3 left-3 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              />
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
