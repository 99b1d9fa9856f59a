import type { Plugin } from 'vite'
import { languageKey, themeKey } from '../src/lib/storage-keys.ts'

const tag = '<script src="/page-init.js"'

/**
 * Hands public/page-init.js, in dev and in the build, the storage keys of the theme and the
 * language it applies before the first paint, from src/lib/storage-keys.ts: the script is
 * copied as it is, so it cannot import them, and it must never spell them itself.
 */
export function pageInitKeysPlugin(): Plugin {
  return {
    name: 'compshare-page-init-keys',
    transformIndexHtml: {
      order: 'pre',
      handler(html: string) {
        if (!html.includes(tag)) throw new Error(`page-init keys: index.html has no ${tag}>`)
        return html.replace(
          tag,
          `${tag} data-theme-key="${themeKey}" data-language-key="${languageKey}"`,
        )
      },
    },
  }
}
