import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'

describe('focus after a navigation', () => {
  it('stays where the browser puts it on the first load', async () => {
    await renderApp('/', { language: 'en' })
    expect(document.body).toHaveFocus()
  })

  it('moves to the new page’s heading, also when it comes after the data; not for a filter', async () => {
    const { user } = await renderApp('/', { language: 'en' })
    const filters = screen.getByRole('complementary', { name: 'Filters' })
    const free = within(filters).getByRole('checkbox', { name: 'Free only' })
    await user.click(free)
    expect(free).toHaveFocus()

    const results = screen.getByRole('region', { name: 'Results' })
    const card = (await within(results).findAllByRole('article'))[0]!
    const name = within(card).getByRole('heading').textContent ?? ''
    await user.click(within(card).getByRole('link', { name }))
    // The group page draws its heading once the group has come.
    const heading = await screen.findByRole('heading', { level: 1, name })
    await waitFor(() => expect(heading).toHaveFocus())

    await user.click(screen.getByRole('link', { name: 'Settings' }))
    const settings = await screen.findByRole('heading', { level: 1, name: 'Settings' })
    await waitFor(() => expect(settings).toHaveFocus())
    // Not a control: Tab goes on from it, and it is no Tab stop itself.
    expect(settings).toHaveAttribute('tabindex', '-1')
  })
})
