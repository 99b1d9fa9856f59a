import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'

/** A group's current version: its newest Available one, else its newest listed one. */
export function currentVersion(group: CommunityImageGroup): CommunityImageVersion | undefined {
  const newestFirst = [...group.versions].sort((a, b) => b.pubTime - a.pubTime)
  return newestFirst.find((v) => v.status === 'Available') ?? newestFirst[0]
}
