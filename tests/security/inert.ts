import { expect } from 'vitest'

/** Elements that run, embed or redirect something; none may come from untrusted text. */
const active = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style'

const safeHref = /^(https?:\/\/|mailto:|#|\/(?![/\\]))/i
const safeSrc = /^(https?:\/\/|\/(?![/\\])|data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$)/i
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster']

/**
 * Whether any payload's code (`canaryCode`) ran. Inline handlers run in jsdom's own realm, whose
 * `window` the test cannot see, so the title it also sets tells.
 */
export const canary = () =>
  (globalThis as { __xss?: unknown }).__xss ?? (document.title === 'xss' ? 'xss' : undefined)

export function resetCanary() {
  delete (globalThis as { __xss?: unknown }).__xss
  document.title = ''
}

/**
 * Asserts that rendered untrusted content can do nothing: no active elements, no event-handler
 * attributes, only http(s), same-origin, in-page or mailto links and only http(s), same-origin
 * or inline raster images. `markdownOnly` also rules out what markdown never needs (SVG, MathML,
 * forms), which the app's own chrome may use.
 */
export function expectInert(root: Element, { markdownOnly = false } = {}) {
  const forbidden = markdownOnly ? `${active}, svg, math, form, input, button, textarea` : active
  expect(
    [...root.querySelectorAll(forbidden)].map((el) => el.outerHTML.slice(0, 120)),
    'active elements',
  ).toEqual([])
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase()
      expect(lower.startsWith('on'), `${lower}="${value}" on <${element.localName}>`).toBe(false)
      expect(lower, `<${element.localName}>`).not.toBe('srcdoc')
      if (lower === 'style')
        expect(value, 'style attribute').not.toMatch(/url\(|expression|@import/i)
      if (!urlAttributes.includes(lower)) continue
      const allowed = lower === 'href' ? safeHref : safeSrc
      expect(value.slice(0, 200), `${lower} on <${element.localName}>`).toMatch(allowed)
    }
  }
  // Give handlers a reason to fire: had one slipped through, the canary would be set.
  for (const element of root.querySelectorAll('img, a, details, input, button, svg, video')) {
    for (const type of ['load', 'error', 'mouseover', 'focus', 'toggle', 'animationstart']) {
      element.dispatchEvent(new Event(type))
    }
  }
  expect(canary(), 'window.__xss').toBeUndefined()
}
