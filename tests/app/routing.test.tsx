import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Layout } from '@/app/layout'
import { RouteErrorPage } from '@/app/route-error-page'
import { createRoutes } from '@/app/routes'
import type { RouteData } from '@/lib/route-data'
import { renderApp } from '../support/render-app'

describe('routing', () => {
  it.each([
    ['/', 'Community images'],
    ['/images/group-42', 'Image not found'],
    ['/publish', 'Publish an image'],
    ['/my', 'My images'],
    ['/settings', 'Settings'],
  ])('opens %s on its own page', async (url, heading) => {
    await renderApp(url, { language: 'en' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading)
    expect(screen.getByRole('main')).toBeInTheDocument()
    expect(document.title).toBe(`${heading} · CompShare Community Images`)
  })

  it('names the unknown group a deep link asked for', async () => {
    await renderApp('/images/group-42', { language: 'en' })
    expect(screen.getByText(/no community image with ID group-42/)).toBeInTheDocument()
  })

  it('navigates with the header links and marks the current page', async () => {
    const { user } = await renderApp('/', { language: 'en' })
    const nav = screen.getByRole('navigation', { name: 'Main' })

    await user.click(within(nav).getByRole('link', { name: 'Publish' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Publish an image' })).toBeVisible()
    expect(within(nav).getByRole('link', { name: 'Publish' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(nav).getByRole('link', { name: 'Community images' })).not.toHaveAttribute(
      'aria-current',
    )

    await user.click(within(nav).getByRole('link', { name: 'Settings' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  })

  it('shows a real 404 page for an unknown address, with a way back', async () => {
    const { user } = await renderApp('/no/such/page', { language: 'en' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found')
    expect(screen.getByText(/\/no\/such\/page/)).toBeInTheDocument()
    // The shell stays: a lost visitor can still navigate.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Back to community images' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Community images' })).toBeVisible()
  })

  it('offers a skip link to the main content', async () => {
    await renderApp('/', { language: 'en' })
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    )
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
  })
})

describe('route error boundary', () => {
  it('shows a friendly page instead of a blank screen, and retry recovers', async () => {
    let attempts = 0
    const flaky = {
      path: 'flaky',
      loader: () => {
        attempts += 1
        if (attempts === 1) throw new Error('upstream exploded')
        return null
      },
      Component: () => <h1>Recovered page</h1>,
    }
    // The app's own layout and error boundary, around a page whose data fails once.
    const testRoutes = [
      {
        path: '/',
        Component: Layout,
        children: [{ ErrorBoundary: RouteErrorPage, children: [flaky] }],
      },
    ]

    const { user } = await renderApp('/flaky', { language: 'en', routes: testRoutes })
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this page')
    expect(screen.getByText('upstream exploded')).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Recovered page' })).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('is the error element of every feature route', () => {
    const shell = createRoutes({} as RouteData)[0]?.children?.[0]
    expect(shell?.ErrorBoundary).toBe(RouteErrorPage)
    expect(shell?.children?.map((route) => route.path ?? '(index)')).toEqual([
      '(index)',
      'images/:groupId',
      'images/:groupId/compare/:range?',
      'publish',
      'my',
      'my/versions/:imageId/edit',
      'settings',
      '*',
    ])
  })
})
