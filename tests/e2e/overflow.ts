import { expect, type Locator, type Page } from '@playwright/test'

/** What stuck out of the viewport sideways, measured in the page. */
export interface OverflowReport {
  /** The layout viewport's width (`clientWidth` of the root: without a classic scrollbar). */
  viewport: number
  /** `document.documentElement.scrollWidth`: how wide the page became. */
  pageWidth: number
  /** Elements and text past either edge, outside any box that scrolls or clips sideways. */
  offenders: number
  /** The one reaching farthest right, then the innermost ones (the likely causes). */
  widest: string | null
  innermost: string[]
}

/**
 * Measures the page as it is now. An element (or a run of text) counts when its box reaches
 * past the right edge or before the left one, unless an ancestor below <body> scrolls or clips
 * it sideways (overflow-x other than visible: a wide table in its own scroll box, text cut
 * with an ellipsis); that ancestor's own box is measured like any other. What is drawn nowhere
 * (`sr-only`, a clip or clip-path) is left out; the page's scroll width still counts it.
 */
export function measureOverflow(page: Page): Promise<OverflowReport> {
  return page.evaluate(() => {
    const root = document.documentElement
    const viewport = root.clientWidth
    // Sub-pixel layout: a box ending at 360.4 px on a 360 px screen adds no scrolling.
    const slack = 0.5
    // Drawn nowhere, or only inside its own box: `sr-only` (clip-path: inset(50%)), clip: rect().
    const unseen = (style: CSSStyleDeclaration) =>
      (style.clip !== 'auto' && style.clip !== '') || style.clipPath !== 'none'
    const clipping = new Map<Element, boolean>()
    const clips = (element: Element): boolean => {
      let known = clipping.get(element)
      if (known === undefined) {
        const style = getComputedStyle(element)
        known = style.overflowX !== 'visible' || unseen(style)
        clipping.set(element, known)
      }
      return known
    }
    /** Whether `from` or one of its ancestors, below <body>, scrolls or clips sideways. */
    const clipped = (from: Element | null): boolean => {
      for (let e = from; e && e !== document.body && e !== root; e = e.parentElement) {
        if (clips(e)) return true
      }
      return false
    }
    const name = (element: Element): string => {
      const id = element.id ? `#${element.id.slice(0, 40)}` : ''
      const classes = [...element.classList]
        .slice(0, 4)
        .map((c) => `.${c}`)
        .join('')
      return `${element.tagName.toLowerCase()}${id}${classes}`
    }
    const describe = (element: Element, box: DOMRect, what = ''): string => {
      const path: string[] = []
      let e: Element | null = element
      while (e && e !== document.body && path.length < 4) {
        path.unshift(name(e))
        e = e.parentElement
      }
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
      const shown = text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text
      return `${what}${path.join(' > ')} [${Math.round(box.left)}..${Math.round(box.right)} px] "${shown}"`
    }
    const outside = (box: DOMRect) =>
      (box.width > 0 || box.height > 0) && (box.right > viewport + slack || box.left < -slack)

    const found: { element: Element; box: DOMRect; what: string }[] = []
    for (const element of document.body.querySelectorAll('*')) {
      if (unseen(getComputedStyle(element))) continue
      if (clipped(element.parentElement)) continue
      const box = element.getBoundingClientRect()
      if (outside(box)) found.push({ element, box, what: '' })
    }
    const range = document.createRange()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || !node.textContent?.trim()) continue
      if (parent.closest('script, style, template, noscript, select, textarea')) continue
      if (clipped(parent)) continue
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      if (outside(box)) found.push({ element: parent, box, what: 'text in ' })
    }
    found.sort((a, b) => b.box.right - a.box.right)
    const elements = found.map((f) => f.element)
    const innermost = found
      .filter((f) => f.what || !elements.some((e) => e !== f.element && f.element.contains(e)))
      .slice(0, 3)
      .map((f) => describe(f.element, f.box, f.what))
    const [first] = found
    return {
      viewport,
      pageWidth: root.scrollWidth,
      offenders: found.length,
      widest: first ? describe(first.element, first.box, first.what) : null,
      innermost,
    }
  })
}

/** Fails (softly: the test goes on) when anything on the page sticks out sideways. */
export async function expectNoSidewaysOverflow(page: Page, where: string): Promise<OverflowReport> {
  const report = await measureOverflow(page)
  const summary =
    `${where}: page ${report.pageWidth} px wide in a ${report.viewport} px viewport, ` +
    `${report.offenders} boxes past its edges; widest: ${report.widest ?? 'none'}; ` +
    `innermost: ${report.innermost.join(' | ') || 'none'}`
  expect.soft(report.pageWidth, summary).toBeLessThanOrEqual(report.viewport)
  expect.soft(report.offenders, summary).toBe(0)
  return report
}

/** Fails softly unless `inner` is no wider than `outer`, and both fit the viewport. */
export async function expectWithin(inner: Locator, outer: Locator, what: string): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()]
  const viewport = await inner.page().evaluate(() => document.documentElement.clientWidth)
  expect(a, `${what}: not found`).not.toBeNull()
  expect(b, `${what}: its container not found`).not.toBeNull()
  if (!a || !b) return
  const summary = `${what}: ${Math.round(a.width)} px wide (x ${Math.round(a.x)}..${Math.round(a.x + a.width)}) in a container ${Math.round(b.width)} px wide (x ${Math.round(b.x)}..${Math.round(b.x + b.width)}), viewport ${viewport} px`
  expect.soft(a.width, summary).toBeLessThanOrEqual(b.width + 0.5)
  expect.soft(a.x + a.width, summary).toBeLessThanOrEqual(b.x + b.width + 0.5)
  expect.soft(b.x + b.width, summary).toBeLessThanOrEqual(viewport + 0.5)
}
