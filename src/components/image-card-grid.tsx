import type { ReactNode } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import type { CoverPriority } from './cover-image'
import { FavoriteButton } from './favorite-button'
import { cardGridClass } from './ui/classes'
import { ImageCard } from './image-card'
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
}: {
  groups: CommunityImageGroup[]
  dimmed?: boolean
  /** The grid opens the page, so its first covers are the page's largest paint. */
  firstOnPage?: boolean
  /** What each card says of the user's GPU, if anything. */
  renderFit?: ((group: CommunityImageGroup) => ReactNode) | undefined
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
            action={<FavoriteButton group={group} />}
            coverPriority={firstOnPage ? coverPriority(index) : 'lazy'}
            fit={renderFit?.(group)}
          />
        </li>
      ))}
    </ul>
  )
}
