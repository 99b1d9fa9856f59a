import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { prefetchFirstPage } from '@/app/first-data'
import { firstRequest } from '@/app/first-request'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { createConnectionClient, createConnectionStore, defaultConnection } from '@/lib/connection'
import { currentVersion } from '@/lib/group'
import { imageQueries } from '@/lib/image-queries'
import { installSandbox } from '../support/sandbox'

function start(url: string) {
  window.history.replaceState(null, '', url)
  const queryClient = new QueryClient()
  const connection = createConnectionStore()
  prefetchFirstPage(queryClient)
  return { queryClient, client: createConnectionClient(connection.getSnapshot()) }
}

describe('the first page’s data starts before React renders', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/')
    document.head.querySelectorAll('link[rel=preload]').forEach((link) => link.remove())
  })

  const preloadedImages = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=image]')].map(
      (link) => link.getAttribute('href'),
    )

  it('fetches the list the address asks for, under the key the list page reads', async () => {
    installSandbox()
    const { queryClient, client } = start('/?tag=LLM&page=2')
    const request = toRequest(parseSearch(new URLSearchParams('tag=LLM&page=2')))
    const key = imageQueries.list(client, request).queryKey
    await expect.poll(() => queryClient.getQueryData(key)).toBeTruthy()
    const page = queryClient.getQueryData(key)
    expect(page?.groups.length).toBeGreaterThan(0)
    expect(page?.groups.every((g) => g.versions.some((v) => v.tags.includes('LLM')))).toBe(true)
  })

  it('fetches the group a group page shows, and nothing for other pages', async () => {
    installSandbox()
    const { queryClient, client } = start('/images/no-such-group')
    await expect
      .poll(() => queryClient.getQueryState(imageQueries.detail(client, 'no-such-group').queryKey))
      .toMatchObject({ status: 'success', data: null })

    const other = start('/settings')
    await new Promise((done) => setTimeout(done, 50))
    expect(other.queryClient.getQueryCache().getAll()).toHaveLength(0)
  })

  it('starts the first cover as soon as its address is known, before the page renders', async () => {
    installSandbox()
    const { queryClient, client } = start('/')
    const key = imageQueries.list(client, toRequest(parseSearch(new URLSearchParams()))).queryKey
    await expect.poll(() => queryClient.getQueryData(key)).toBeTruthy()
    const lead = queryClient.getQueryData(key)?.groups[0]
    const cover = lead && currentVersion(lead)?.coverUrl
    expect(cover).toMatch(/^http:\/\/localhost(:\d+)?\/sandbox\/covers\//)
    await expect.poll(preloadedImages).toEqual([cover])
  })

  it('preloads no cover for a group page opened on a chosen version, or a bad address', async () => {
    installSandbox()
    const { queryClient, client } = start('/images/no-such-group?version=v2')
    await expect
      .poll(() => queryClient.getQueryState(imageQueries.detail(client, 'no-such-group').queryKey))
      .toMatchObject({ status: 'success' })
    // Malformed escapes are not a group: nothing is asked, and nothing throws.
    const bad = start('/images/%E0%A4%A')
    await new Promise((done) => setTimeout(done, 50))
    expect(bad.queryClient.getQueryCache().getAll()).toHaveLength(0)
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
