import type { Element, Root, RootContent } from 'hast'
import { urlAttributes } from 'html-url-attributes'
import { readmeFragment } from '@/lib/headings'
import { safeUrl } from '@/lib/safe-url'

/**
 * An address in a readme: a fragment within it, or a URL `safeUrl` allows for that use; else
 * undefined. Only a link's `href` is followed by a person; every other address (an image's
 * `src`, a `poster`, a `srcset`) is fetched by the browser, and must be an image's address.
 */
export function readmeUrl(value: string, use: 'link' | 'image' = 'link'): string | undefined {
  return value.startsWith('#') ? readmeFragment(value) : safeUrl(value, use)
}

function clean(node: Root | RootContent): void {
  if (node.type === 'element') cleanElement(node)
  if ('children' in node) node.children.forEach(clean)
}

function cleanElement(element: Element): void {
  for (const [property, tags] of Object.entries(urlAttributes)) {
    if (!(property in element.properties)) continue
    if (tags !== null && !tags.includes(element.tagName)) continue
    const raw = element.properties[property]
    const use = property === 'href' && ['a', 'area'].includes(element.tagName) ? 'link' : 'image'
    const value = typeof raw === 'string' ? readmeUrl(raw, use) : undefined
    if (value === undefined) delete element.properties[property]
    else element.properties[property] = value
  }
}

/**
 * Every address in the tree passes `safeUrl` (or is an in-readme fragment), whatever element
 * carries it: the renderer's own link and image components check again. Changes the tree.
 */
export function withSafeUrls(tree: Root): Root {
  clean(tree)
  return tree
}
