import { use } from 'react'
import type { CommunityImageGroup, CommunityImagesPage } from '@/api/actions/community-images'
import type { ApiClient } from '@/api/client'
import { currentVersion } from '@/lib/group'
import { FloorBrowse } from './floor-browse'

function Cover({ group, lead }: { group: CommunityImageGroup; lead: boolean }) {
  const url = currentVersion(group)?.coverUrl
  return (
    <div className="relative aspect-video w-full overflow-hidden bg-slate-100">
      {url && (
        <img
          src={url}
          alt=""
          width={640}
          height={360}
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
          className="absolute inset-0 size-full object-cover"
        />
      )}
    </div>
  )
}

export function Card({ group, lead }: { group: CommunityImageGroup; lead: boolean }) {
  const version = currentVersion(group)
  return (
    <article className="flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
      <Cover group={group} lead={lead} />
      <div className="flex flex-col gap-2 p-3">
        <h3 className="line-clamp-2 font-semibold">
          <a href={`/images/${encodeURIComponent(group.groupId)}`}>{group.name}</a>
        </h3>
        <p className="text-sm text-slate-600">{version?.author}</p>
        <p className="text-sm">{version?.price ? `¥${version.price.toFixed(2)}/h` : '免费'}</p>
        <p className="line-clamp-2 text-sm text-slate-600">{version?.description}</p>
      </div>
    </article>
  )
}

/** The list's 20 cards (./floor-browse.tsx), or a group's cover, name, description and versions. */
export function FloorPage({
  answer,
  group,
  client,
}: {
  answer: Promise<CommunityImagesPage>
  group: boolean
  client: ApiClient
}) {
  const page = use(answer)
  const lead = page.groups[0]
  if (group) {
    if (!lead) return <p className="p-4">Not found</p>
    return (
      <main className="mx-auto max-w-5xl p-4">
        <h1 className="mb-4 text-2xl font-semibold">{lead.name}</h1>
        <div className="grid gap-6 md:grid-cols-2">
          <Cover group={lead} lead />
          <div>
            <p className="text-slate-700">{currentVersion(lead)?.description}</p>
            <ul className="mt-4 text-sm">
              {lead.versions.map((version) => (
                <li key={version.imageId}>{version.versionName}</li>
              ))}
            </ul>
          </div>
        </div>
      </main>
    )
  }
  return <FloorBrowse client={client} first={page} />
}
