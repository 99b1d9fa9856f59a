import type { Connect, Plugin } from 'vite'

/**
 * Vite's dev and preview servers answer an address whose escapes do not decode (`/images/%ZZ`,
 * half a UTF-8 sequence) with an empty 404 of their own. Such an address is the app's to
 * answer like any other it does not know: every `%` of it is escaped again, so the server sees
 * a path it can read and serves the app, which shows its "page not found" for the address as
 * the browser has it. A deployment does the same with `try_files` (README).
 */
// The result is used: a bare `decodeURI(path)` in a try block is dropped when the config is
// bundled, as a call without side effects.
function decodes(path: string): boolean {
  try {
    return decodeURI(path).length >= 0
  } catch {
    return false
  }
}

export function malformedPathsPlugin(): Plugin {
  const readable: Connect.NextHandleFunction = (request, _response, next) => {
    const url = request.url ?? '/'
    const end = url.search(/[?#]/)
    const path = end === -1 ? url : url.slice(0, end)
    if (!decodes(path)) request.url = path.replace(/%/g, '%25') + url.slice(path.length)
    next()
  }
  return {
    name: 'malformed-paths',
    configureServer: (server) => void server.middlewares.use(readable),
    configurePreviewServer: (server) => void server.middlewares.use(readable),
  }
}
