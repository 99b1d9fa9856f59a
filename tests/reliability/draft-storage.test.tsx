import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'

const full = 'Browser storage is full, so the draft was not saved.'
const drafts = () =>
  Object.keys(localStorage).filter((k) => k.startsWith('compshare.publish-draft'))

describe('a draft when localStorage is out of space', () => {
  it('says so where the person is typing, never "saved", until a save succeeds again', async () => {
    const { user } = await renderApp('/publish', { language: 'en' })
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await user.click(await screen.findByRole('radio', { name: /my-comfyui-flux/ }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(full)
    expect(screen.queryByText('Draft saved on this device')).not.toBeInTheDocument()
    expect(drafts()).toEqual([])

    // Space is freed: the next change is saved and the warning goes.
    setItem.mockRestore()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('Draft saved on this device')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(full, { exact: false })).not.toBeInTheDocument())
    expect(drafts().length).toBeGreaterThan(0)
  })
})
