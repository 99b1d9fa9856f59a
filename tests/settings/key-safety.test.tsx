import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { connectionStorageKey, createConnectionStore } from '@/lib/connection'
import { compshareService } from '../support/compshare'
import { renderApp } from '../support/render-app'
import { createTestSandbox, demoAccount } from '../support/sandbox'

// The shapes of the keys in UCloud's own SDK (its signing test).
const sdkKeys = {
  publicKey: 'ucloudsomeone@example.com1296235120854146120',
  privateKey: '46f09bb9fab4f12dfc160dae12273d5332b5debe',
}

const form = () => screen.getByRole('region', { name: 'Connection' })
const publicField = () => within(form()).getByLabelText('Public key (PublicKey)')
const privateField = () => within(form()).getByLabelText('Private key (PrivateKey)')

async function typeKeys(user: UserEvent, keys: { publicKey: string; privateKey: string }) {
  await user.click(within(form()).getByRole('radio', { name: 'CompShare (the real service)' }))
  await user.clear(publicField())
  await user.type(publicField(), keys.publicKey)
  await user.clear(privateField())
  await user.type(privateField(), keys.privateKey)
}

/** Lets the zone list's 600 ms pause pass, so a request it would send has been sent. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 900)))

describe('keys pasted the wrong way round', () => {
  it('are refused before anything is sent: no zone list, no test, no save', async () => {
    const service = compshareService(createTestSandbox())
    const { user, connection } = await renderApp('/settings', {
      language: 'en',
      handlers: service.handlers,
    })
    await typeKeys(user, { publicKey: sdkKeys.privateKey, privateKey: sdkKeys.publicKey })
    await settle()
    await user.click(within(form()).getByRole('button', { name: 'Test connection' }))
    await user.click(within(form()).getByRole('button', { name: 'Save' }))

    expect(publicField()).toHaveAttribute('aria-invalid', 'true')
    expect(publicField()).toHaveAccessibleDescription(/look the wrong way round.*Nothing was sent/)
    expect(publicField()).toHaveFocus()
    expect(service.calls).toEqual([])
    expect(connection.getSnapshot().mode).toBe('sandbox')
    expect(sessionStorage.getItem(connectionStorageKey) ?? '').not.toContain(sdkKeys.privateKey)
  })

  it('are caught against the keys saved before, whatever their shape, in Chinese too', async () => {
    const service = compshareService(createTestSandbox())
    const { user } = await renderApp('/settings', { language: 'zh', handlers: service.handlers })
    const zhForm = () => screen.getByRole('region', { name: '连接' })
    await user.click(within(zhForm()).getByRole('radio', { name: /CompShare/ }))
    await user.type(within(zhForm()).getByLabelText('公钥（PublicKey）'), demoAccount.publicKey)
    await user.type(within(zhForm()).getByLabelText('私钥（PrivateKey）'), demoAccount.privateKey)
    await user.click(within(zhForm()).getByRole('button', { name: '保存' }))
    await screen.findByText(/^已保存/)
    await waitFor(() => expect(service.calls.length).toBeGreaterThan(0))
    const before = service.calls.length

    const pub = within(zhForm()).getByLabelText('公钥（PublicKey）')
    const priv = within(zhForm()).getByLabelText('私钥（PrivateKey）')
    await user.clear(pub)
    await user.type(pub, demoAccount.privateKey)
    await user.clear(priv)
    await user.type(priv, demoAccount.publicKey)
    await settle()
    await user.click(within(zhForm()).getByRole('button', { name: '保存' }))
    expect(pub).toHaveAccessibleDescription(/填反了/)
    expect(service.calls.slice(before)).toEqual([])
    for (const call of service.calls) expect(call.fields.PublicKey).toBe(demoAccount.publicKey)
  })

  it('are refused when the same key is in both fields', async () => {
    const service = compshareService(createTestSandbox())
    const { user, connection } = await renderApp('/settings', {
      language: 'en',
      handlers: service.handlers,
    })
    await typeKeys(user, { publicKey: 'abcdefgh12345678', privateKey: 'abcdefgh12345678' })
    await user.click(within(form()).getByRole('button', { name: 'Save' }))
    expect(privateField()).toHaveAccessibleDescription(/public key again/)
    expect(privateField()).toHaveFocus()
    expect(connection.getSnapshot().mode).toBe('sandbox')
  })
})

describe('"remember" when this device’s storage is full', () => {
  afterEach(() => localStorage.clear())

  /** Fills localStorage to jsdom's quota, as a real browser's fills up. */
  function fillLocalStorage() {
    let chunk = 'x'.repeat(1 << 20)
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk)
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2))
      }
    }
    expect(() => localStorage.setItem(connectionStorageKey, 'x'.repeat(100))).toThrow()
  }

  it('says the keys are kept in this tab only, and a reload still has them', async () => {
    fillLocalStorage()
    const { user, connection } = await renderApp('/settings', { language: 'en' })
    await typeKeys(user, demoAccount)
    await user.click(within(form()).getByRole('checkbox', { name: /Remember the keys/ }))
    await user.click(within(form()).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText(/not remembered on this device.*this tab only/)).toBeVisible()
    expect(screen.getByText(/^Saved\./)).toBeInTheDocument()
    expect(within(form()).getByRole('checkbox', { name: /Remember the keys/ })).not.toBeChecked()
    expect(connection.getSnapshot()).toMatchObject({ mode: 'compshare', remember: false })
    expect(screen.getByText(/keys kept in this tab only/)).toBeInTheDocument()
    // A reload of this tab builds its store from storage again.
    expect(createConnectionStore().getSnapshot()).toMatchObject({
      mode: 'compshare',
      ...demoAccount,
      remember: false,
    })
  })
})
