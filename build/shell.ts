import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type { renderShell } from './render-shell.tsx'

const root = fileURLToPath(new URL('..', import.meta.url))
const placeholder = '<div id="root"></div>'

/**
 * Writes the page frame (src/app/shell.tsx), rendered with react-dom/server in both languages,
 * into the built index.html's #root, so the first paint needs no script (ADR 0016).
 */
export function shellPlugin(): Plugin {
  return {
    name: 'compshare-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(placeholder)) throw new Error(`shell: index.html has no ${placeholder}`)
        const { module } = await runnerImport<{ renderShell: typeof renderShell }>(
          `${root}build/render-shell.tsx`,
          {
            configFile: false,
            logLevel: 'error',
            resolve: { alias: { '@': `${root}src` } },
          },
        )
        return html.replace(placeholder, `<div id="root">${module.renderShell()}</div>`)
      },
    },
  }
}
