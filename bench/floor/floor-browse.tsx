import { useEffect, useRef, useState } from 'react'
import type { CommunityImagesPage } from '@/api/actions/community-images'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { describeImageTags } from '@/api/actions/describe-image-tags'
import type { ApiClient } from '@/api/client'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { Card } from './floor-page'

// The floor's list page past its first paint: what the interaction bench times on both sides
// (bench/browse-interaction.spec.ts), written by hand with React state and nothing else. The
// same markers as the app's (a results region that is busy while it changes, a "Tags" group of
// checkboxes under "Filters", a "Next" button), the address kept in history, the next page
// asked for before it is clicked, and the page shown kept until the new one is in.

const cache = new Map<string, Promise<CommunityImagesPage>>()

function pageOf(client: ApiClient, search: string): Promise<CommunityImagesPage> {
  let answer = cache.get(search)
  if (!answer) {
    answer = describeCommunityImages(client, toRequest(parseSearch(new URLSearchParams(search))))
    cache.set(search, answer)
  }
  return answer
}

function withParams(search: string, change: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams(search)
  change(params)
  return `?${params.toString()}`
}

export function FloorBrowse({ client, first }: { client: ApiClient; first: CommunityImagesPage }) {
  const [search, setSearch] = useState(location.search)
  const [shown, setShown] = useState({ search: location.search, page: first })
  const [tags, setTags] = useState<string[]>([])
  useEffect(() => {
    cache.set(location.search, Promise.resolve(first))
    // After the load, as the app's vocabulary does not hold up its first paint either.
    const ask = () => void describeImageTags(client).then((v) => setTags(v.tags.slice(0, 8)))
    if (document.readyState === 'complete') ask()
    else addEventListener('load', ask, { once: true })
    const back = () => setSearch(location.search)
    addEventListener('popstate', back)
    return () => removeEventListener('popstate', back)
  }, [client, first])
  useEffect(() => {
    let live = true
    void pageOf(client, search).then((page) => live && setShown({ search, page }))
    return () => {
      live = false
    }
  }, [client, search])
  const params = new URLSearchParams(search)
  const pageNumber = Number(params.get('page') ?? '1')
  const next = withParams(search, (p) => p.set('page', String(pageNumber + 1)))
  const go = (to: string) => {
    history.pushState(null, '', to)
    setSearch(to)
  }
  const last = pageNumber * 20 >= (shown.page.totalCount ?? 0)
  // The next page is asked for once the pager nears the screen, as the app does.
  const pager = useRef<HTMLElement>(null)
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry?.isIntersecting || last) return
      observer.disconnect()
      void pageOf(client, next)
    })
    if (pager.current) observer.observe(pager.current)
    return () => observer.disconnect()
  }, [client, next, last])
  const chosen = params.getAll('tag')
  return (
    <main className="mx-auto grid max-w-7xl gap-6 p-4 lg:grid-cols-[15rem_1fr]">
      <div>
        <h1 className="mb-4 text-2xl font-semibold">社区镜像</h1>
        <section aria-labelledby="browse-results" aria-busy={shown.search !== search}>
          <h2 id="browse-results" className="sr-only">
            Results
          </h2>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {shown.page.groups.map((item, index) => (
              <Card key={item.groupId} group={item} lead={index === 0} />
            ))}
          </div>
        </section>
        <nav aria-label="Pagination" ref={pager} className="mt-4">
          <button type="button" disabled={last} onClick={() => go(next)}>
            Next
          </button>
        </nav>
      </div>
      <aside aria-label="Filters" className="lg:order-first">
        <fieldset>
          <legend>Tags</legend>
          {tags.map((tag) => (
            <label key={tag} className="flex gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(tag)}
                onChange={(event) =>
                  go(
                    withParams(search, (p) => {
                      p.delete('page')
                      p.delete('tag')
                      const on = event.target.checked
                      for (const t of on ? [...chosen, tag] : chosen.filter((c) => c !== tag))
                        p.append('tag', t)
                    }),
                  )
                }
              />
              {tag}
            </label>
          ))}
        </fieldset>
      </aside>
    </main>
  )
}
