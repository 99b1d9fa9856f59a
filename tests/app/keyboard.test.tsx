import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'

describe('keyboard', () => {
  it('reaches the skip link first, and it leads to the main content', async () => {
    const { user } = await renderApp('/settings', { language: 'en' })
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    expect(skip).toHaveFocus()
    expect(skip).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
  })

  it('names the skip link in Chinese too', async () => {
    const { user } = await renderApp('/settings', { language: 'zh' })
    await user.tab()
    expect(screen.getByRole('link', { name: '跳到主要内容' })).toHaveFocus()
  })

  it('focuses the search box on "/"', async () => {
    const { user } = await renderApp('/', { language: 'en' })
    const search = screen.getByRole('searchbox', { name: 'Search by image name or author' })
    expect(search).toHaveAttribute('aria-keyshortcuts', '/')
    await user.keyboard('/')
    expect(search).toHaveFocus()
    // The slash itself is not typed into the box.
    expect(search).toHaveValue('')
  })

  it('leaves "/" alone while typing in a field, or with a modifier', async () => {
    const { user } = await renderApp('/', { language: 'en' })
    const search = screen.getByRole('searchbox', { name: 'Search by image name or author' })
    const author = screen.getByRole('textbox', { name: 'Author' })
    await user.click(author)
    await user.keyboard('a/b')
    expect(author).toHaveFocus()
    expect(author).toHaveValue('a/b')

    await user.click(document.body)
    fireEvent.keyDown(document.body, { key: '/', ctrlKey: true })
    fireEvent.keyDown(document.body, { key: '/', metaKey: true })
    fireEvent.keyDown(document.body, { key: '/', altKey: true })
    expect(search).not.toHaveFocus()
  })

  it('does nothing on "/" where the page has no search box', async () => {
    const { user } = await renderApp('/settings', { language: 'en' })
    await user.keyboard('/')
    expect(document.body).toHaveFocus()
  })
})
