import type { ReactNode } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import type { CoverPriority } from './cover-image'
import { FavoriteButton } from './favorite-button'
import { cardGridClass } from './ui/classes'
import { ImageCard } from './image-card'
import { NewVersionMark } from './new-version-mark'
import { useProgressiveCount } from './use-progressive-count'

// The first row of four columns at most: what a first screen shows on any width.
const firstScreenCards = 4

function coverPriority(index: number): CoverPriority {
  return index === 0 ? 'high' : index < firstScreenCards ? 'eager' : 'lazy'
}

/** Groups as linked cards with their favourite star, in the responsive card grid. */
export function ImageCardGrid({
  groups,
  dimmed = false,
  firstOnPage = false,
  renderFit,
  tagHref,
  renderMore,
}: {
  groups: CommunityImageGroup[]
  dimmed?: boolean
  /** The grid opens the page, so its first covers are the page's largest paint. */
  firstOnPage?: boolean
  /** What each card says of the user's GPU, if anything. */
  renderFit?: ((group: CommunityImageGroup) => ReactNode) | undefined
  /** Where a card's tag leads, when not to the list filtered by it alone. */
  tagHref?: ((tag: string) => string) | undefined
  /** More actions beside a card's star, if any. */
  renderMore?: ((group: CommunityImageGroup) => ReactNode) | undefined
}) {
  const shown = useProgressiveCount(groups.length, firstOnPage ? firstScreenCards : Infinity)
  return (
    <ul
      // While set, what follows the list (the pager) waits hidden instead of moving (styles.css).
      data-streaming={shown < groups.length || undefined}
      className={`${cardGridClass} transition-opacity ${dimmed ? 'opacity-60' : ''}`}
    >
      {groups.slice(0, shown).map((group, index) => (
        <li key={group.groupId}>
          <ImageCard
            group={group}
            href={`/images/${encodeURIComponent(group.groupId)}`}
            action={
              <div className="flex shrink-0">
                <FavoriteButton group={group} />
                {renderMore?.(group)}
              </div>
            }
            coverPriority={firstOnPage ? coverPriority(index) : 'lazy'}
            fit={renderFit?.(group)}
            tagHref={tagHref}
            badge={<NewVersionMark group={group} />}
          />
        </li>
      ))}
    </ul>
  )
}
