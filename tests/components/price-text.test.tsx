import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { isServicePrice } from '@/components/price-text'
import { createSeedState } from '@/sandbox/seed'
import { renderApp } from '../support/render-app'
import { sandboxEpoch } from '../support/sandbox'

describe('prices the service cannot hold are shown as unknown', () => {
  it.each([
    [0, true],
    [0.5, true],
    [100, true],
    [12.34, true],
    [0.1 + 0.2, true],
    [-3, false],
    [-0.01, false],
    [1e-7, false],
    [0.005, false],
    [100.01, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s is a price: %s', (price, expected) => {
    expect(isServicePrice(price)).toBe(expected)
  })

  it('on the card and the group page, in both languages', async () => {
    const initialState = createSeedState({ epoch: sandboxEpoch, groupCount: 5 })
    const [negative, tiny] = initialState.groups
    if (!negative || !tiny) throw new Error('seed too small')
    negative.versions = negative.versions.map((v) => ({ ...v, price: -3, status: 'Available' }))
    tiny.versions = tiny.versions.map((v) => ({ ...v, price: 1e-7, status: 'Available' }))
    const name = (group: typeof negative) => group.versions[0]?.name ?? ''

    const view = await renderApp('/', { language: 'en', sandbox: { initialState } })
    for (const group of [negative, tiny]) {
      const card = await screen.findByRole('article', { name: name(group) })
      expect(within(card).getByText('Price unknown')).toBeInTheDocument()
      expect(card.textContent).not.toMatch(/-CN¥|CN¥0\.00|Free/)
    }
    view.unmount()

    await renderApp(`/images/${negative.id}`, { language: 'zh', sandbox: { initialState } })
    expect((await screen.findAllByText('价格未知')).length).toBeGreaterThan(0)
    expect(document.body.textContent).not.toMatch(/-¥|-CN¥/)
  })
})
