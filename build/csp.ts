import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/** A CSP hash source for an inline `<style>` whose text is exactly `text`. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * sonner inserts its stylesheet as a `<style>` element from script, with no option to stop it;
 * the CSS is a string literal in its bundle, so its hash is known at build time. It appends the
 * element empty and adds the text after, so the empty text is checked (and must pass) first.
 * If a new version inserts it differently, the build fails here instead of toasts losing style.
 */
export function sonnerStyleHashes(): string[] {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('sonner'), 'utf8')
  const literal = /__insertCSS\(("(?:[^"\\]|\\.)*")\)/.exec(bundle)?.[1]
  if (!literal) throw new Error('csp: sonner no longer inserts its CSS as one string literal')
  return [styleHash(''), styleHash(JSON.parse(literal) as string)]
}

/**
 * The built app's policy: its own files only, no inline or evaluated script. Why each source
 * is allowed: docs/decisions/0013-hostile-input-and-csp.md. `frame-ancestors` only works as a
 * header (browsers ignore it in a `<meta>`), so the meta tag leaves it out.
 */
export function contentSecurityPolicy({ header }: { header: boolean }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...sonnerStyleHashes()],
    // Covers and readme images of the real service live on hosts it does not name.
    ['img-src', "'self'", 'data:', 'blob:', 'https:'],
    ['connect-src', "'self'"],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(header ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/**
 * Puts the policy in the built index.html as a `<meta>` (any static host then enforces it) and
 * sends it as a header from `vite preview`. Not in `vite dev`: its HMR client runs inline script.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'compshare-csp',
    apply: (_, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ header: false }),
        },
        injectTo: 'head-prepend',
      },
    ],
    configurePreviewServer(server) {
      const policy = contentSecurityPolicy({ header: true })
      server.middlewares.use((_, response, next) => {
        response.setHeader('Content-Security-Policy', policy)
        next()
      })
    },
  }
}
