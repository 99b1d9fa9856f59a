import type { ReactNode } from 'react'
import { useId } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { gpuLabel } from '@/api/gpu-types'
import { formatCount } from '@/lib/format'
import { priceText } from './price-text'
import { currentVersion } from '@/lib/group'
import { listByAuthor, listByTag } from '@/lib/list-links'
import { AuthorBadge } from './author-badge'
import { CoverImage, type CoverPriority } from './cover-image'
import { cardClass } from './ui/classes'
import { useLanguage } from './use-language'

const tagClass =
  'max-w-full break-all rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300'

interface ImageCardProps {
  group: CommunityImageGroup
  /** Where the card leads; absent in previews, where the card is not a link. */
  href?: string
  action?: ReactNode
  coverPriority?: CoverPriority
  /** A line on how the image fits the user's GPU (browse, with "My GPU" chosen). */
  fit?: ReactNode
  /** Where a tag leads: the list filtered by it (the list page adds it to its own filter). */
  tagHref?: (tag: string) => string
  /** A mark beside the name (a starred image's new version). */
  badge?: ReactNode
}

// Above the card's own link, which covers the whole card.
const above = 'relative z-10 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500'

/** One result: an article named by its heading; the whole card opens the group page. */
export function ImageCard({
  group,
  href,
  action,
  coverPriority,
  fit,
  tagHref = listByTag,
  badge,
}: ImageCardProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const headingId = useId()
  const version = currentVersion(group)
  const price = version?.price ?? 0
  return (
    <article
      aria-labelledby={headingId}
      className={`${cardClass} relative flex flex-col overflow-hidden shadow-sm transition focus-within:ring-2 focus-within:ring-indigo-500 hover:shadow-md`}
    >
      <CoverImage url={version?.coverUrl ?? ''} priority={coverPriority} />
      <div className="flex flex-1 flex-col gap-2 p-3">
        <div className="flex items-start justify-between gap-2">
          <h3 id={headingId} className="line-clamp-2 min-w-0 font-semibold">
            {href ? (
              <Link to={href} className="after:absolute after:inset-0 focus:outline-none">
                {group.name}
              </Link>
            ) : (
              group.name
            )}
          </h3>
          {action}
        </div>
        {badge}
        <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400">
          {version && href ? (
            <Link to={listByAuthor(version.author)} className={`${above} min-w-0 truncate rounded`}>
              {version.author}
            </Link>
          ) : (
            <span className="truncate">{version?.author}</span>
          )}
          {version && <AuthorBadge kind={version.authorKind} />}
        </p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span
            className={
              price === 0 ? 'font-medium text-emerald-700 dark:text-emerald-400' : 'font-medium'
            }
          >
            {priceText(price, t, language)}
          </span>
          {version && (
            <span className="text-slate-600 dark:text-slate-400">
              {t('card.version', { version: version.versionName })}
            </span>
          )}
          {version?.autoStart && (
            <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800 dark:bg-sky-900/60 dark:text-sky-200">
              {t('card.autoStart')}
            </span>
          )}
        </p>
        {version && version.tags.length > 0 && (
          <ul className="flex flex-wrap gap-1" aria-label={t('browse.tags')}>
            {version.tags.slice(0, 5).map((tag) => (
              <li key={tag} className={tagClass}>
                {href ? (
                  <Link to={tagHref(tag)} className={`${above} rounded-full`}>
                    {tag}
                  </Link>
                ) : (
                  tag
                )}
              </li>
            ))}
          </ul>
        )}
        {version && version.supportedGpuTypes.length > 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <span className="sr-only">{t('card.gpus')}: </span>
            {version.supportedGpuTypes.map(gpuLabel).join(' · ')}
          </p>
        )}
        {fit}
        <p className="mt-auto flex gap-3 pt-1 text-xs text-slate-600 dark:text-slate-400">
          <span>{t('card.favorites', { value: formatCount(group.favoritesCount, language) })}</span>
          <span>{t('card.usage', { value: formatCount(group.usage, language) })}</span>
        </p>
      </div>
    </article>
  )
}
