import { act, renderHook, screen, waitFor, within } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { draftKeys, loadDraft } from '@/features/publish/draft-store'
import { emptyValues, type PublishValues } from '@/features/publish/publish-schema'
import { useAutosave } from '@/features/publish/use-autosave'
import { renderApp } from '../support/render-app'

type User = Awaited<ReturnType<typeof renderApp>>['user']
interface Stored {
  step: string
  savedAt: number
  values: Record<string, unknown>
}

const draftKey = () => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('compshare.publish-draft.'))
  if (!key) throw new Error('no draft stored')
  return key
}
const stored = (): Stored => JSON.parse(localStorage.getItem(draftKey()) ?? 'null') as Stored

/** Another tab of the same origin writes (or, with null, removes) the draft: jsdom has one. */
function otherTab(change: ((draft: Stored) => Stored) | null) {
  const key = draftKey()
  const oldValue = localStorage.getItem(key)
  let newValue: string | null = null
  if (change) {
    newValue = JSON.stringify({ version: 1, ...change(stored()) })
    localStorage.setItem(key, newValue)
  } else localStorage.removeItem(key)
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }),
    )
  })
}

const savedAt = new Date(2025, 0, 2, 13, 45, 10).getTime()
/** Tab A, on the readme step, wrote a readme. */
const readmeInA = (draft: Stored): Stored => ({
  ...draft,
  step: 'readme',
  savedAt,
  values: { ...draft.values, readme: '# From tab A' },
})

/** This tab (B) reaches the listing step with a draft saved. */
async function openOnListing() {
  const view = await renderApp('/publish', { language: 'en' })
  const { user } = view
  await user.click(await screen.findByRole('radio', { name: /my-comfyui-flux/ }))
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await user.type(await screen.findByRole('textbox', { name: 'Version' }), 'v1.0')
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await screen.findByRole('textbox', { name: 'Community image name' })
  expect(stored().values).toMatchObject({ versionName: 'v1.0', readme: '' })
  return view
}

const notice = () => screen.getByRole('alert', { name: /changed in another tab/ })

async function typeName(user: User, name: string) {
  await user.type(screen.getByRole('textbox', { name: 'Community image name' }), name)
}

describe('two tabs editing one draft', () => {
  it('does not overwrite the readme another tab wrote while this one edits the name', async () => {
    const { user } = await openOnListing()
    otherTab(readmeInA)
    await typeName(user, 'From tab B')

    // The finding: B's save of all its values replaced A's readme with B's stale one.
    expect(stored().values).toMatchObject({ readme: '# From tab A', name: '' })
    expect(notice()).toHaveTextContent(
      `This draft was changed in another tab at ${new Date(savedAt).toLocaleTimeString('en')}.`,
    )
    const differs = within(notice())
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(differs).toEqual(['Community image name', 'Readme (Markdown)'])
    // B's edit stays in its form until the user chooses.
    expect(screen.getByRole('textbox', { name: 'Community image name' })).toHaveValue('From tab B')
    expect(screen.queryByText('Draft saved on this device')).not.toBeInTheDocument()
    // The choice does not take the focus from the field being typed in.
    expect(screen.getByRole('textbox', { name: 'Community image name' })).toHaveFocus()
  })

  it('"use the other tab’s version" gives this tab the other’s readme and step', async () => {
    const { user } = await openOnListing()
    otherTab(readmeInA)
    await typeName(user, 'From tab B')
    await user.click(within(notice()).getByRole('button', { name: 'Use the other tab’s version' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Readme' })).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Readme (Markdown)' })).toHaveValue('# From tab A')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(stored()).toMatchObject({ step: 'readme', values: { readme: '# From tab A', name: '' } })

    // Autosave is back: the next edit is saved over the draft both tabs now agree on.
    await user.type(screen.getByRole('textbox', { name: 'Readme (Markdown)' }), '!')
    expect(stored().values).toMatchObject({ readme: '# From tab A!' })
  })

  it('"keep this tab’s version" writes this tab’s values over the other’s', async () => {
    const { user } = await openOnListing()
    otherTab(readmeInA)
    await typeName(user, 'From tab B')
    await user.click(within(notice()).getByRole('button', { name: 'Keep this tab’s version' }))

    expect(stored()).toMatchObject({ step: 'listing', values: { name: 'From tab B', readme: '' } })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await typeName(user, '!')
    expect(stored().values).toMatchObject({ name: 'From tab B!' })
  })

  it('asks nothing when the other tab stored the same content, and ends when tabs agree', async () => {
    const { user } = await openOnListing()
    // Only a step moved there: nothing here would overwrite anything.
    otherTab((draft) => ({ ...draft, step: 'version', savedAt }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    otherTab(readmeInA)
    expect(notice()).toBeInTheDocument()
    // The other tab took this tab's version: nothing left to choose.
    otherTab((draft) => ({ ...draft, values: { ...draft.values, readme: '' } }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    await typeName(user, 'Saved again')
    expect(stored().values).toMatchObject({ name: 'Saved again' })
  })

  it('a draft discarded or published in another tab is not brought back silently', async () => {
    const { user } = await openOnListing()
    const key = draftKey()
    otherTab(null)
    await typeName(user, 'From tab B')
    expect(localStorage.getItem(key)).toBeNull()
    const gone = screen.getByRole('alert', { name: /discarded or published in another tab/ })

    await user.click(within(gone).getByRole('button', { name: /Keep this tab’s version/ }))
    expect(stored().values).toMatchObject({ versionName: 'v1.0', name: 'From tab B' })

    otherTab(null)
    const again = screen.getByRole('alert', { name: /discarded or published/ })
    await user.click(within(again).getByRole('button', { name: 'Discard it here too' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Image' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(localStorage.getItem(key)).toBeNull()
  })
})

describe('the cover, stored under its own key', () => {
  const keys = draftKeys('account-1')
  function tab() {
    const { result } = renderHook(() => {
      const form = useForm<PublishValues>({ defaultValues: emptyValues })
      return { form, autosave: useAutosave(form, 'account-1', 'listing', true) }
    })
    act(() => result.current.form.setValue('name', 'Mine'))
    return result
  }
  /** Another tab sets a cover: the cover is written first, then the draft. */
  function otherTabCover() {
    const draft = { version: 1, step: 'cover', savedAt, values: { ...emptyValues, name: 'Theirs' } }
    for (const [key, value] of [
      [keys.cover, 'data:image/webp;base64,AAAA'],
      [keys.draft, JSON.stringify({ ...draft, values: { ...draft.values, cover: undefined } })],
    ] as const) {
      const oldValue = localStorage.getItem(key)
      localStorage.setItem(key, value)
      act(() => {
        window.dispatchEvent(
          new StorageEvent('storage', {
            key,
            oldValue,
            newValue: value,
            storageArea: localStorage,
          }),
        )
      })
    }
  }

  it('comes with the other tab’s draft', () => {
    const result = tab()
    otherTabCover()
    expect(result.current.autosave.conflict?.values.cover).toBe('data:image/webp;base64,AAAA')
    let step = ''
    act(() => {
      step = result.current.autosave.takeOther()
    })
    expect(step).toBe('cover')
    expect(result.current.form.getValues()).toMatchObject({
      name: 'Theirs',
      cover: 'data:image/webp;base64,AAAA',
    })
    expect(result.current.autosave.conflict).toBeNull()
  })

  it('is written back by "keep this", though this tab never changed its own', () => {
    const result = tab()
    otherTabCover()
    act(() => {
      result.current.autosave.keepThis()
    })
    // This tab last wrote no cover; what is stored now is the other tab's, so it is rewritten.
    expect(localStorage.getItem(keys.cover)).toBe('')
    expect(loadDraft('account-1')?.values).toMatchObject({ name: 'Mine', cover: '' })
  })
})
