import type { ComponentType } from 'react'
import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { onlyForAnotherGroup, type PageLoader, type RouteData } from '@/lib/route-data'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { PageLoading } from './page-loading'
import { RouteErrorPage } from './route-error-page'
import type { RouteHandle } from './route-handle'

// Every feature page is its own chunk, fetched when its route is first visited. Beside it, the
// route's loader (a small module of its own) starts the page's data, so the two download side
// by side instead of the data waiting for the page to render (src/lib/route-data.ts). The
// "not found" page has no data, so no loader.
// A function, not a constant: a router marks each lazy part it has loaded on the route object
// itself, so a second router (a test's next page) must not be handed the first one's objects.
export const createRoutes = (data: RouteData): RouteObject[] => {
  /** A page (`page` of `pages`) whose loader (`loader` of `loaders`) starts its data. */
  const lazyPage = <L, P>(
    loaders: () => Promise<L>,
    loader: { [K in keyof L]: L[K] extends PageLoader ? K : never }[keyof L],
    pages: () => Promise<P>,
    page: { [K in keyof P]: P[K] extends ComponentType ? K : never }[keyof P],
  ): Pick<RouteObject, 'shouldRevalidate' | 'lazy'> => ({
    shouldRevalidate: onlyForAnotherGroup,
    lazy: {
      loader: async () => {
        const start = (await loaders())[loader] as PageLoader
        return (args: LoaderFunctionArgs) => start(data, args)
      },
      Component: async () => (await pages())[page] as ComponentType,
    },
  })
  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: PageLoading,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [
            {
              index: true,
              ...lazyPage(
                () => import('@/features/browse/browse-data'),
                'loader',
                () => import('@/features/browse/browse-page'),
                'BrowsePage',
              ),
            },
            {
              path: 'images/:groupId',
              ...lazyPage(
                () => import('@/features/image-detail/group-data'),
                'loader',
                () => import('@/features/image-detail/image-detail-page'),
                'ImageDetailPage',
              ),
            },
            {
              // GitHub style, from...to: /images/:groupId/compare/v1.0...v1.2 (ADR 0020).
              path: 'images/:groupId/compare/:range?',
              ...lazyPage(
                () => import('@/features/image-detail/group-data'),
                'compareLoader',
                () => import('@/features/image-detail/version-compare-page'),
                'VersionComparePage',
              ),
            },
            {
              path: 'publish',
              ...lazyPage(
                () => import('@/features/publish/publish-data'),
                'loader',
                () => import('@/features/publish/publish-page'),
                'PublishPage',
              ),
            },
            {
              path: 'my',
              ...lazyPage(
                () => import('@/features/my-images/my-data'),
                'loader',
                () => import('@/features/my-images/my-images-page'),
                'MyImagesPage',
              ),
            },
            {
              path: 'my/versions/:imageId/edit',
              ...lazyPage(
                () => import('@/features/publish/publish-data'),
                'editLoader',
                () => import('@/features/publish/edit/edit-page'),
                'EditPage',
              ),
            },
            {
              path: 'settings',
              handle: { worksWithoutKeys: true } satisfies RouteHandle,
              ...lazyPage(
                () => import('@/features/settings/settings-data'),
                'loader',
                () => import('@/features/settings/settings-page'),
                'SettingsPage',
              ),
            },
            {
              path: '*',
              handle: { worksWithoutKeys: true } satisfies RouteHandle,
              Component: NotFoundPage,
            },
          ],
        },
      ],
    },
  ]
}
