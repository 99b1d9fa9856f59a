import type { LoaderFunctionArgs, RouteObject } from 'react-router'

/** The feature route at `path` (the index route when path is undefined). */
export function featureRoute(routes: RouteObject[], path: string | undefined): RouteObject {
  const found = routes[0]?.children?.[0]?.children?.find((r) => r.path === path)
  if (!found) throw new Error(`no route ${path}`)
  return found
}

/** Runs the route's loader as the router does on opening `url`, before any page is drawn. */
export async function openLoader(route: RouteObject, url: string, params = {}) {
  const lazy = route.lazy as { loader: () => Promise<(args: LoaderFunctionArgs) => unknown> }
  const loader = await lazy.loader()
  return loader({ request: new Request(url), params, context: {} } as LoaderFunctionArgs)
}
