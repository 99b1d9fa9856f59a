import type { RouteObject } from 'react-router'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { PageLoading } from './page-loading'
import { RouteErrorPage } from './route-error-page'
import type { RouteHandle } from './route-handle'

// Every feature page is its own chunk, fetched when its route is first visited.
export const routes: RouteObject[] = [
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
            lazy: async () => ({
              Component: (await import('@/features/browse/browse-page')).BrowsePage,
            }),
          },
          {
            path: 'images/:groupId',
            lazy: async () => ({
              Component: (await import('@/features/image-detail/image-detail-page'))
                .ImageDetailPage,
            }),
          },
          {
            // GitHub style, from...to: /images/:groupId/compare/v1.0...v1.2 (ADR 0020).
            path: 'images/:groupId/compare/:range?',
            lazy: async () => ({
              Component: (await import('@/features/image-detail/version-compare-page'))
                .VersionComparePage,
            }),
          },
          {
            path: 'publish',
            lazy: async () => ({
              Component: (await import('@/features/publish/publish-page')).PublishPage,
            }),
          },
          {
            path: 'my',
            lazy: async () => ({
              Component: (await import('@/features/my-images/my-images-page')).MyImagesPage,
            }),
          },
          {
            path: 'my/versions/:imageId/edit',
            lazy: async () => ({
              Component: (await import('@/features/publish/edit/edit-page')).EditPage,
            }),
          },
          {
            path: 'settings',
            handle: { worksWithoutKeys: true } satisfies RouteHandle,
            lazy: async () => ({
              Component: (await import('@/features/settings/settings-page')).SettingsPage,
            }),
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
