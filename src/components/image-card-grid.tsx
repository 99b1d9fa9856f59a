import type { CommunityImageGroup } from '@/api/actions/community-images'
import { FavoriteButton } from './favorite-button'
import { ImageCard } from './image-card'

/** Groups as linked cards with their favourite star, in the responsive card grid. */
export function ImageCardGrid({
  groups,
  dimmed = false,
}: {
  groups: CommunityImageGroup[]
  dimmed?: boolean
}) {
  return (
    <ul
      className={`grid grid-cols-1 gap-4 transition-opacity sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4 ${dimmed ? 'opacity-60' : ''}`}
    >
      {groups.map((group) => (
        <li key={group.groupId} className="flex">
          <ImageCard
            group={group}
            href={`/images/${encodeURIComponent(group.groupId)}`}
            action={<FavoriteButton group={group} />}
          />
        </li>
      ))}
    </ul>
  )
}
