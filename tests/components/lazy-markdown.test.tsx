import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LazyMarkdown } from '@/components/lazy-markdown'

// Loaded once up front, so the wait below measures waiting, not the first import's transform.
beforeAll(async () => {
  await import('@/components/markdown/markdown-view')
  await import('@/components/markdown/pipeline')
})

let readyState: DocumentReadyState = 'complete'

afterEach(() => {
  // Back to the prototype's own getter.
  delete (document as { readyState?: DocumentReadyState }).readyState
})

function pageStillLoading() {
  readyState = 'loading'
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState })
}

describe('LazyMarkdown', () => {
  it('waits for the page to load before drawing the readme, so the cover paints first', async () => {
    pageStillLoading()
    render(<LazyMarkdown source={'# Title\n\nSome text.'} />)
    // Longer than drawing takes when nothing waits (the second test: under half a second).
    await act(() => new Promise((done) => setTimeout(done, 1500)))
    expect(screen.queryByRole('heading', { name: 'Title' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toBeInTheDocument()

    readyState = 'complete'
    act(() => {
      window.dispatchEvent(new Event('load'))
    })
    expect(await screen.findByRole('heading', { name: 'Title' }, { timeout: 5000 })).toBeVisible()
    expect(screen.getByText('Some text.')).toBeVisible()
  })

  it('draws at once where the page has already loaded (the wizard’s preview)', async () => {
    render(<LazyMarkdown source={'## Usage'} />)
    expect(await screen.findByRole('heading', { name: 'Usage' }, { timeout: 5000 })).toBeVisible()
  })
})
