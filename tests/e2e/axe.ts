import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { en } from '../../src/i18n/en'
import { zh } from '../../src/i18n/zh'

// Every page and state, in both themes and both languages, must have no axe violation under
// WCAG 2.1 A/AA and axe's best practices.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
export const catalogues = { zh, en }

export async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
  const found = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }))
  expect(found, `axe violations on ${state}`).toEqual([])
}
