import { screen } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { appRouteData } from '@/app/route-context'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { createRoutes } from '@/app/routes'
import { createConnectionStore } from '@/lib/connection'
import { imageQueries } from '@/lib/image-queries'
import { myQueries } from '@/lib/my-queries'
import { server } from '../support/msw-server'
import { renderApp } from '../support/render-app'
import { featureRoute, openLoader } from '../support/route-loader'
import { installSandbox } from '../support/sandbox'

const fetching = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .findAll({ fetchStatus: 'fetching' })
    .map((query) => query.queryKey)

describe('route loaders', () => {
  it("start the page's own queries when it is opened, before the page is drawn", async () => {
    installSandbox()
    const queryClient = new QueryClient()
    const routes = createRoutes(appRouteData(queryClient, createConnectionStore()))
    await openLoader(featureRoute(routes, undefined), 'http://app.test/?tag=LLM&page=2')
    const client = { accountId: '' } as never
    const search = parseSearch(new URLSearchParams('tag=LLM&page=2'))
    expect(fetching(queryClient)).toEqual([
      imageQueries.list(client, toRequest(search)).queryKey,
      imageQueries.tags(client).queryKey,
    ])
    expect(search).toMatchObject({ tags: ['LLM'], page: 2 })
    await openLoader(featureRoute(routes, 'my'), 'http://app.test/my')
    expect(fetching(queryClient)).toEqual(
      expect.arrayContaining([
        myQueries.allGroups(client).queryKey,
        myQueries.customImages(client).queryKey,
        myQueries.favorites(client).queryKey,
      ]),
    )
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 10_000 })
  })

  it('send nothing while the service cannot be called (CompShare chosen, no keys)', async () => {
    const queryClient = new QueryClient()
    const connection = createConnectionStore()
    connection.save({
      ...connection.getSnapshot(),
      mode: 'compshare',
      publicKey: '',
      privateKey: '',
    })
    const routes = createRoutes(appRouteData(queryClient, connection))
    await openLoader(featureRoute(routes, 'publish'), 'http://app.test/publish')
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('and the page that asks again sends no request twice', async () => {
    const bodies: string[] = []
    server.events.on('request:start', ({ request }) => {
      void request
        .clone()
        .text()
        .then((body) => bodies.push(new URLSearchParams(body).toString()))
    })
    await renderApp('/my', { language: 'en' })
    expect(await screen.findByRole('heading', { name: 'My favourites' })).toBeInTheDocument()
    await new Promise((done) => setTimeout(done, 300))
    server.events.removeAllListeners()
    expect(bodies.length).toBeGreaterThan(2)
    expect(bodies.filter((body, i) => bodies.indexOf(body) !== i)).toEqual([])
  })
})
