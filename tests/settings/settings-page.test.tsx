import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { connectionStorageKey } from '@/lib/connection'
import { compshareService, sandboxSpy } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox, demoAccount, secondAccount } from '../support/sandbox'

/** Every value in a Storage, to look for key material wherever it may have gone. */
function everything(storage: Storage): string {
  return Object.keys(storage)
    .map((key) => `${key}=${storage.getItem(key)}`)
    .join('\n')
}

const connectionForm = () => screen.getByRole('region', { name: 'Connection' })

async function chooseCompShare(
  user: UserEvent,
  keys: { publicKey: string; privateKey: string },
  region?: string,
) {
  const form = connectionForm()
  await user.click(within(form).getByRole('radio', { name: 'CompShare (the real service)' }))
  await user.type(within(form).getByLabelText('Public key (PublicKey)'), keys.publicKey)
  await user.type(within(form).getByLabelText('Private key (PrivateKey)'), keys.privateKey)
  if (region) {
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Region' }), region)
  }
}

describe('settings: the connection form', () => {
  it('masks the private key, with a button to show and hide it', async () => {
    const { user } = await renderApp('/settings', { language: 'en' })
    await user.click(screen.getByRole('radio', { name: 'CompShare (the real service)' }))
    const privateKey = screen.getByLabelText('Private key (PrivateKey)')
    await user.type(privateKey, 'secret-value')
    expect(privateKey).toHaveAttribute('type', 'password')

    const toggle = screen.getByRole('button', { name: 'Show private key' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(privateKey).toHaveAttribute('type', 'text')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    // The keyboard reaches it too.
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(privateKey).toHaveAttribute('type', 'password')
  })

  it('requires both keys in CompShare mode, names the problem, and saves nothing', async () => {
    const { user, connection } = await renderApp('/settings', { language: 'en' })
    await user.click(screen.getByRole('radio', { name: 'CompShare (the real service)' }))
    await user.type(screen.getByLabelText('Private key (PrivateKey)'), 'two words')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const publicKey = screen.getByLabelText('Public key (PublicKey)')
    expect(publicKey).toHaveAttribute('aria-invalid', 'true')
    expect(publicKey).toHaveAccessibleDescription(/^Required\./)
    expect(publicKey).toHaveFocus()
    expect(screen.getByLabelText('Private key (PrivateKey)')).toHaveAccessibleDescription(
      /no spaces/,
    )
    expect(connection.getSnapshot().mode).toBe('sandbox')
    expect(sessionStorage.getItem(connectionStorageKey)).toBeNull()
  })

  it('keeps keys in this tab only, until "remember" is chosen with a warning; forget clears all', async () => {
    const { user, router, connection } = await renderApp('/settings', { language: 'en' })
    await chooseCompShare(user, secondAccount)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/^Saved\./)).toBeInTheDocument()
    expect(connection.getSnapshot()).toMatchObject({ mode: 'compshare', ...secondAccount })
    expect(everything(sessionStorage)).toContain(secondAccount.privateKey)
    expect(everything(localStorage)).not.toContain(secondAccount.publicKey)
    expect(everything(localStorage)).not.toContain(secondAccount.privateKey)
    expect(screen.getByText(/keys kept in this tab only/)).toBeInTheDocument()

    const remember = screen.getByRole('checkbox', { name: 'Remember the keys on this device' })
    expect(remember).toHaveAccessibleDescription(/stored unencrypted in this browser/)
    await user.click(remember)
    // Ticking is not yet choosing: nothing is written until the form is saved.
    expect(everything(localStorage)).not.toContain(secondAccount.privateKey)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    // Saving first settles the zone (a request when the list is not in yet): wait for it.
    expect(await screen.findByText(/keys stored on this device/)).toBeInTheDocument()
    expect(everything(localStorage)).toContain(secondAccount.privateKey)
    expect(everything(sessionStorage)).not.toContain(secondAccount.privateKey)

    await user.click(screen.getByRole('button', { name: 'Forget keys' }))
    expect(await screen.findByText(/^Keys forgotten/)).toBeInTheDocument()
    for (const storage of [localStorage, sessionStorage]) {
      expect(everything(storage)).not.toContain(secondAccount.publicKey)
      expect(everything(storage)).not.toContain(secondAccount.privateKey)
    }
    expect(connection.getSnapshot()).toMatchObject({ publicKey: '', privateKey: '' })
    expect(screen.getByLabelText('Public key (PublicKey)')).toHaveValue('')
    expect(screen.getByLabelText('Private key (PrivateKey)')).toHaveValue('')
    expect(screen.getByRole('checkbox', { name: /Remember/ })).not.toBeChecked()
    expect(screen.getByText(/no keys are set/)).toBeInTheDocument()
    // The keys never went into the address either.
    const { pathname, search, hash } = router.state.location
    expect(`${pathname}${search}${hash}`).toBe('/settings')
  })

  it('tests the connection with a signed call through the proxy path and says it works', async () => {
    const service = compshareService(createTestSandbox())
    const spy = sandboxSpy()
    const { user } = await renderApp('/settings', {
      language: 'en',
      handlers: [...service.handlers, ...spy.handlers],
    })
    await chooseCompShare(user, demoAccount, 'Shanghai 2 (cn-sh2)')
    await user.click(screen.getByRole('button', { name: 'Test connection' }))

    // The demo account owns seven custom images in the seed.
    expect(
      await screen.findByText('Connected: this account has 7 custom images.'),
    ).toBeInTheDocument()
    const tests = service.calls.filter((c) => c.fields.Action === 'DescribeCompShareCustomImages')
    expect(tests).toHaveLength(1)
    // In the region chosen, and the zone of it the service lists, though nothing is saved yet.
    expect(tests[0]?.fields).toMatchObject({
      Action: 'DescribeCompShareCustomImages',
      Limit: '1',
      Region: 'cn-sh2',
      Zone: 'cn-sh2-02',
      PublicKey: demoAccount.publicKey,
      Signature: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown,
    })
    for (const call of service.calls) expect(call.fields).not.toHaveProperty('PrivateKey')
    expect(spy.actions).not.toContain('DescribeCompShareCustomImages')
  })

  it('reports a failed test with the mapped message, the code and the request id', async () => {
    const service = compshareService(createTestSandbox())
    const { user } = await renderApp('/settings', { language: 'en', handlers: service.handlers })
    await chooseCompShare(user, { publicKey: demoAccount.publicKey, privateKey: 'not-the-key' })
    await user.click(screen.getByRole('button', { name: 'Test connection' }))

    expect(await screen.findByText('Connection failed')).toBeInTheDocument()
    expect(
      screen.getByText(
        'The signature was rejected: the private key is wrong. Check your API keys in Settings.',
      ),
    ).toBeInTheDocument()
    const requestId = service.calls[0]?.requestId
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(screen.getByText(new RegExp(`Error code 171 · Request ID: ${requestId}`))).toBeVisible()
    expect(document.body.textContent).not.toContain('not-the-key')

    // Editing the keys withdraws a result that no longer describes them.
    await user.type(screen.getByLabelText('Private key (PrivateKey)'), 'x')
    expect(screen.queryByText('Connection failed')).not.toBeInTheDocument()
  })

  it('offers the zones of the chosen region, and every request goes there once saved', async () => {
    const spy = sandboxSpy()
    const { user, connection } = await renderApp('/settings', {
      language: 'en',
      handlers: spy.handlers,
    })
    const zone = screen.getByRole('combobox', { name: 'Availability zone' })
    await waitFor(() => expect(zone).toHaveDisplayValue('华北二A (cn-wlcb-01)'))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Region' }),
      'Shanghai 2 (cn-sh2)',
    )
    await waitFor(() => expect(zone).toHaveDisplayValue('上海二B (cn-sh2-02)'))
    expect(within(zone).getAllByRole('option')).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(connection.getSnapshot()).toMatchObject({ region: 'cn-sh2', zone: 'cn-sh2-02' }),
    )
    expect(
      screen.getByText(/Now using: the sandbox, .* region cn-sh2, zone cn-sh2-02\./),
    ).toBeInTheDocument()
    expect(spy.actions).toContain('DescribeCompShareSupportZone')
  })

  it('tests the sandbox too, without any keys', async () => {
    const { user } = await renderApp('/settings', { language: 'en' })
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    expect(
      await screen.findByText('Connected: this account has 7 custom images.'),
    ).toBeInTheDocument()
  })

  it('still offers language and theme', async () => {
    await renderApp('/settings', { language: 'en' })
    const appearance = screen.getByRole('region', { name: 'Appearance' })
    expect(within(appearance).getByRole('combobox', { name: 'Language' })).toHaveValue('en')
    expect(within(appearance).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument()
  })
})

describe('switching mode or account', () => {
  it('clears every cached query, so one account never sees another’s data', async () => {
    const service = compshareService(createTestSandbox())
    // A group the sandbox's demo account starred in the seed.
    const starredId = createTestSandbox().sandbox.state().favorites[demoAccount.publicKey]?.[0]
    const { user, router, queryClient, connection } = await renderApp(`/images/${starredId}`, {
      language: 'en',
      handlers: service.handlers,
    })
    const star = await screen.findByRole('button', { name: /^Remove .* from favourites$/ })
    const name = /^Remove (.*) from favourites$/.exec(star.getAttribute('aria-label') ?? '')?.[1]
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)

    await user.click(screen.getByRole('link', { name: 'Settings' }))
    await screen.findByRole('heading', { level: 1, name: 'Settings' })
    await chooseCompShare(user, secondAccount)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByText(
        'Saved. Everything cached under the previous connection was cleared.',
      ),
    ).toBeInTheDocument()
    // Nothing is left but the form's own zone list, asked again at once for the new settings.
    const left = queryClient.getQueryCache().getAll()
    expect(left.filter((q) => q.queryKey[0] !== 'support-zones')).toEqual([])

    // Back on the group, well within the 30 s the old answer would still count as fresh: it is
    // asked again, of CompShare, as the second account, who starred nothing.
    await act(() => router.navigate(-1))
    expect(
      await screen.findByRole('button', { name: `Add ${name} to favourites` }),
    ).toBeInTheDocument()
    expect(service.calls.map((call) => call.fields.PublicKey)).toContain(secondAccount.publicKey)
    // The keys are nowhere in the cache's keys.
    const keys = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey),
    )
    expect(keys).not.toContain(secondAccount.publicKey)
    expect(keys).not.toContain(secondAccount.privateKey)

    // Changing only "remember" keeps the cache: it is the same account.
    // (The page may still be adding queries of its own: what was cached must all be there.)
    const hashes = () =>
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.queryHash)
    const cached = hashes()
    act(() => {
      connection.save({ ...connection.getSnapshot(), remember: true })
    })
    expect(hashes()).toEqual(expect.arrayContaining(cached))

    // And going back to the sandbox clears it again, and the demo account's star returns.
    // The page asks again at once; what matters is that the other account's answer is gone.
    act(() => {
      connection.save({ ...connection.getSnapshot(), mode: 'sandbox' })
    })
    expect(queryClient.getQueryData(['community-images', 'group', starredId])).toBeUndefined()
    expect(
      await screen.findByRole('button', { name: `Remove ${name} from favourites` }),
    ).toBeInTheDocument()
  })
})

describe('CompShare mode without keys', () => {
  it.each(['/', '/my', '/publish', '/images/group-1'])(
    'shows a way to settings on %s instead of sending anything',
    async (url) => {
      sessionStorage.setItem(
        connectionStorageKey,
        JSON.stringify({ mode: 'compshare', region: 'cn-wlcb', publicKey: '', privateKey: '' }),
      )
      const service = compshareService(createTestSandbox())
      const spy = sandboxSpy()
      const { user } = await renderApp(url, {
        language: 'en',
        handlers: [...service.handlers, ...spy.handlers],
      })
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Add your CompShare API keys first',
      )
      await user.click(screen.getByRole('link', { name: 'Add keys in Settings' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
      expect(service.calls).toEqual([])
      expect(spy.actions).toEqual([])
    },
  )
})
