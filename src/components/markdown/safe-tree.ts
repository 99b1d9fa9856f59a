import type { UrlTransform } from 'react-markdown'
import { readmeFragment } from '@/lib/headings'
import { safeUrl } from '@/lib/safe-url'

/**
 * An address in a readme: a fragment within it, or a URL `safeUrl` allows for that use; else
 * undefined. Only a link's `href` is followed by a person; every other address (an image's
 * `src`, a `poster`, a `cite`) is fetched by the browser, and must be an image's address.
 */
export function readmeUrl(value: string, use: 'link' | 'image' = 'link'): string | undefined {
  return value.startsWith('#') ? readmeFragment(value) : safeUrl(value, use)
}

/**
 * react-markdown's `urlTransform`: it calls this for every URL attribute of the tree
 * (html-url-attributes), whatever element carries it, and drops the attribute when this gives
 * undefined. The renderer's own link and image components check again.
 */
export const readmeUrlTransform: UrlTransform = (value, key, element) =>
  readmeUrl(value, key === 'href' && ['a', 'area'].includes(element.tagName) ? 'link' : 'image')
