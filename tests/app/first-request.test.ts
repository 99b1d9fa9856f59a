import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { appRouteData } from '@/app/route-context'
import { createRoutes } from '@/app/routes'
import { firstRequest } from '@/app/first-request'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { createConnectionClient, createConnectionStore, defaultConnection } from '@/lib/connection'
import { currentVersion } from '@/lib/group'
import { imageQueries } from '@/lib/image-queries'
import { server } from '../support/msw-server'
import { featureRoute, openLoader } from '../support/route-loader'
import { installSandbox } from '../support/sandbox'

/** Opens `url` as page-init.js does: the first request from the head, then the route's loader. */
async function start(url: string, path?: string, params = {}) {
  window.history.replaceState(null, '', url)
  const sent: string[] = []
  server.events.on('request:start', ({ request }) => {
    void request
      .clone()
      .text()
      .then((body) => sent.push(new URLSearchParams(body).get('Action') ?? ''))
  })
  const queryClient = new QueryClient()
  const connection = createConnectionStore()
  const first = firstRequest()
  const routes = createRoutes(appRouteData(queryClient, connection))
  await openLoader(featureRoute(routes, path), new URL(url, location.href).href, params)
  return { queryClient, client: createConnectionClient(connection.getSnapshot()), first, sent }
}

describe('the first page’s data starts before React renders, and is asked for once', () => {
  afterEach(() => {
    server.events.removeAllListeners()
    window.history.replaceState(null, '', '/')
    document.head.querySelectorAll('link[rel=preload]').forEach((link) => link.remove())
  })

  const preloadedImages = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=image]')].map(
      (link) => link.getAttribute('href'),
    )

  it('sends the list the address asks for once: the loader takes the answer on its way', async () => {
    installSandbox()
    const { queryClient, client, sent } = await start('/?tag=LLM&page=2', undefined)
    const request = toRequest(parseSearch(new URLSearchParams('tag=LLM&page=2')))
    const key = imageQueries.list(client, request).queryKey
    await expect.poll(() => queryClient.getQueryData(key)).toBeTruthy()
    const page = queryClient.getQueryData(key)
    expect(page?.groups.length).toBeGreaterThan(0)
    expect(page?.groups.every((g) => g.versions.some((v) => v.tags.includes('LLM')))).toBe(true)
    expect(sent.filter((action) => action === 'DescribeCommunityImages')).toHaveLength(1)
  })

  it('fetches the group a group page shows, and nothing for other pages', async () => {
    installSandbox()
    const { queryClient, client, sent } = await start('/images/no-such-group', 'images/:groupId', {
      groupId: 'no-such-group',
    })
    await expect
      .poll(() => queryClient.getQueryState(imageQueries.detail(client, 'no-such-group').queryKey))
      .toMatchObject({ status: 'success', data: null })
    expect(sent.filter((action) => action === 'DescribeCommunityImages')).toHaveLength(1)

    window.history.replaceState(null, '', '/settings')
    expect(firstRequest()).toBeNull()
  })

  it('starts the first cover as soon as its address is known, before the page renders', async () => {
    installSandbox()
    const { queryClient, client } = await start('/', undefined)
    const key = imageQueries.list(client, toRequest(parseSearch(new URLSearchParams()))).queryKey
    await expect.poll(() => queryClient.getQueryData(key)).toBeTruthy()
    const lead = queryClient.getQueryData(key)?.groups[0]
    const cover = lead && currentVersion(lead)?.coverUrl
    expect(cover).toMatch(/^http:\/\/localhost(:\d+)?\/sandbox\/covers\//)
    await expect.poll(preloadedImages).toEqual([cover])
  })

  it('preloads no cover for a group page opened on a chosen version, or a bad address', async () => {
    installSandbox()
    const { queryClient, client } = await start(
      '/images/no-such-group?version=v2',
      'images/:groupId',
      {
        groupId: 'no-such-group',
      },
    )
    await expect
      .poll(() => queryClient.getQueryState(imageQueries.detail(client, 'no-such-group').queryKey))
      .toMatchObject({ status: 'success' })
    // Malformed escapes are not a group: nothing is asked, and nothing throws.
    window.history.replaceState(null, '', '/images/%E0%A4%A')
    expect(firstRequest()).toBeNull()
    expect(preloadedImages()).toEqual([])
  })

  it('a first request that fails is the page’s to report, not an unhandled error', async () => {
    installSandbox()
    // CompShare mode without keys: the client refuses before sending anything.
    createConnectionStore().save({ ...defaultConnection, mode: 'compshare' })
    window.history.replaceState(null, '', '/images/some-group?version=v1')
    // Sent from the head by start-first-request.ts, long before the app asks for the answer.
    const first = firstRequest()
    // Vitest fails the run on an unhandled rejection; give one the time to surface.
    await new Promise((done) => setTimeout(done, 50))
    await expect(first?.answer).rejects.toMatchObject({ name: 'MissingKeysError' })
  })
})
