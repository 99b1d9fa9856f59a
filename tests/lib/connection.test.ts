import { describe, expect, it, vi } from 'vitest'
import { sandboxConfig } from '@/api/config'
import {
  apiClientConfig,
  canCallApi,
  connectionStorageKey,
  createConnectionClient,
  createConnectionStore,
  defaultConnection,
  MissingKeysError,
  onIdentityChange,
  type Connection,
  type ConnectionStorages,
} from '@/lib/connection'

const keys = { publicKey: 'my-public-key-0123', privateKey: 'my-private-key-4567' }
const compshare: Connection = { ...defaultConnection, mode: 'compshare', ...keys }

/** Every value held in a Storage, to search for key material wherever it may have gone. */
function everything(storage: Storage): string {
  let all = ''
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i) ?? ''
    all += `${key}=${storage.getItem(key)}\n`
  }
  return all
}

const real = (): ConnectionStorages => ({ local: localStorage, session: sessionStorage })

describe('the connection store', () => {
  it('starts in sandbox mode with nothing stored', () => {
    const store = createConnectionStore(real())
    expect(store.getSnapshot()).toEqual(defaultConnection)
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps keys in memory and sessionStorage only, unless told to remember', () => {
    const store = createConnectionStore(real())
    store.save(compshare)
    expect(store.getSnapshot()).toMatchObject(keys)
    expect(everything(localStorage)).toBe('')
    expect(JSON.parse(sessionStorage.getItem(connectionStorageKey) ?? '')).toEqual({
      mode: 'compshare',
      region: 'cn-wlcb',
      zone: 'cn-wlcb-01',
      ...keys,
    })
    // A reload of the same tab finds them again.
    expect(createConnectionStore(real()).getSnapshot()).toEqual({ ...compshare, remember: false })
  })

  it('writes to localStorage only after "remember", and only there', () => {
    const store = createConnectionStore(real())
    store.save({ ...compshare, remember: true })
    expect(everything(localStorage)).toContain(keys.privateKey)
    expect(everything(sessionStorage)).toBe('')
    // A new tab (empty sessionStorage) on the same device starts connected.
    const newTab = createConnectionStore({ local: localStorage, session: null })
    expect(newTab.getSnapshot()).toEqual({ ...compshare, remember: true })

    // Changing one's mind takes the keys off the device again.
    store.save({ ...compshare, remember: false })
    expect(everything(localStorage)).toBe('')
    expect(everything(sessionStorage)).toContain(keys.privateKey)
  })

  it('forgets keys everywhere: memory, sessionStorage and localStorage', () => {
    const store = createConnectionStore(real())
    store.save({ ...compshare, region: 'cn-bj2', zone: 'cn-bj2-05', remember: true })
    store.forgetKeys()
    const after = store.getSnapshot()
    expect(after).toEqual({
      mode: 'compshare',
      region: 'cn-bj2',
      zone: 'cn-bj2-05',
      publicKey: '',
      privateKey: '',
      remember: false,
    })
    for (const storage of [localStorage, sessionStorage]) {
      expect(everything(storage)).not.toContain(keys.publicKey)
      expect(everything(storage)).not.toContain(keys.privateKey)
    }
    expect(everything(localStorage)).toBe('')
    expect(createConnectionStore(real()).getSnapshot()).toEqual(after)
  })

  it('trims keys, since a pasted key often carries a space or line break', () => {
    const store = createConnectionStore(real())
    store.save({
      ...compshare,
      publicKey: `  ${keys.publicKey}\n`,
      privateKey: `${keys.privateKey} `,
    })
    expect(store.getSnapshot()).toMatchObject(keys)
  })

  it.each([
    ['not JSON', '{mode: compshare'],
    ['an unknown mode', JSON.stringify({ mode: 'prod', region: 'cn-wlcb', ...keys })],
    ['an unknown region', JSON.stringify({ mode: 'compshare', region: 'us-east', ...keys })],
    ['a missing key field', JSON.stringify({ mode: 'compshare', region: 'cn-wlcb' })],
    [
      'a number for a key',
      JSON.stringify({ mode: 'compshare', region: 'cn-wlcb', publicKey: 1, privateKey: 'x' }),
    ],
  ])('ignores and removes a stored record with %s', (_, stored) => {
    localStorage.setItem(connectionStorageKey, stored)
    sessionStorage.setItem(connectionStorageKey, stored)
    expect(createConnectionStore(real()).getSnapshot()).toEqual(defaultConnection)
    expect(localStorage.getItem(connectionStorageKey)).toBeNull()
    expect(sessionStorage.getItem(connectionStorageKey)).toBeNull()
  })

  it('still works in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    } as unknown as Storage
    const store = createConnectionStore({ local: blocked, session: blocked })
    store.save({ ...compshare, remember: true })
    expect(store.getSnapshot()).toMatchObject(keys)
    store.forgetKeys()
    expect(store.getSnapshot().privateKey).toBe('')
  })

  it('hands out the same snapshot until something changes, as useSyncExternalStore needs', () => {
    const store = createConnectionStore(real())
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    const first = store.getSnapshot()
    expect(store.getSnapshot()).toBe(first)
    store.save(compshare)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot()).not.toBe(first)
    expect(Object.isFrozen(store.getSnapshot())).toBe(true)
    unsubscribe()
    store.save(defaultConnection)
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('zones', () => {
  it('keeps a zone only with its own region, and gives records from before zones a default', () => {
    const store = createConnectionStore(real())
    store.save({ ...compshare, region: 'cn-sh2' })
    expect(store.getSnapshot().zone).toBe('')
    store.save({ ...compshare, region: 'cn-sh2', zone: 'cn-sh2-02' })
    expect(store.getSnapshot().zone).toBe('cn-sh2-02')

    const old = { mode: 'compshare', region: 'cn-wlcb', ...keys }
    sessionStorage.setItem(connectionStorageKey, JSON.stringify(old))
    expect(createConnectionStore(real()).getSnapshot().zone).toBe('cn-wlcb-01')
    sessionStorage.setItem(
      connectionStorageKey,
      JSON.stringify({ ...old, region: 'cn-bj2', zone: 'cn-wlcb-01' }),
    )
    expect(createConnectionStore(real()).getSnapshot().zone).toBe('')
  })

  it('changing only the zone is a new identity: answers belong to a zone', () => {
    const store = createConnectionStore(real())
    const changed = vi.fn()
    onIdentityChange(store, changed)
    store.save({ ...defaultConnection, region: 'cn-sh2', zone: 'cn-sh2-02' })
    expect(changed).toHaveBeenCalledTimes(1)
    store.save({ ...defaultConnection, region: 'cn-sh2', zone: 'cn-sh2-03' })
    expect(changed).toHaveBeenCalledTimes(2)
  })
})

describe('identity changes', () => {
  it('fire on mode, account, private key and region, but not on "remember" alone', () => {
    const store = createConnectionStore(real())
    const changed = vi.fn()
    onIdentityChange(store, changed)

    store.save(compshare)
    expect(changed).toHaveBeenCalledTimes(1)
    store.save({ ...compshare, remember: true })
    expect(changed).toHaveBeenCalledTimes(1)
    store.save({ ...compshare, publicKey: 'another-account-key' })
    expect(changed).toHaveBeenCalledTimes(2)
    store.save({ ...compshare, publicKey: 'another-account-key', privateKey: 'rotated' })
    expect(changed).toHaveBeenCalledTimes(3)
    store.save({
      ...compshare,
      publicKey: 'another-account-key',
      privateKey: 'rotated',
      region: 'cn-sh2',
    })
    expect(changed).toHaveBeenCalledTimes(4)
    store.forgetKeys()
    expect(changed).toHaveBeenCalledTimes(5)
    store.save(defaultConnection)
    expect(changed).toHaveBeenCalledTimes(6)
    // Keys kept aside in sandbox mode do not change whose data is shown.
    store.save({ ...compshare, mode: 'sandbox' })
    expect(changed).toHaveBeenCalledTimes(6)
  })
})

describe('the client for a connection', () => {
  it('is the demo account on /api in sandbox mode, the proxy with the user’s keys otherwise', () => {
    expect(apiClientConfig(defaultConnection)).toEqual(sandboxConfig)
    expect(apiClientConfig({ ...compshare, region: 'cn-sh2', zone: 'cn-sh2-02' })).toEqual({
      baseUrl: '/compshare-api',
      credentials: keys,
      region: 'cn-sh2',
      zone: 'cn-sh2-02',
    })
    // The sandbox is asked where the user chose, like the real service.
    expect(apiClientConfig({ ...defaultConnection, region: 'cn-bj2', zone: 'cn-bj2-05' })).toEqual({
      ...sandboxConfig,
      region: 'cn-bj2',
      zone: 'cn-bj2-05',
    })
    expect(apiClientConfig({ ...compshare, privateKey: '' })).toBeNull()
    expect(canCallApi({ ...compshare, privateKey: '' })).toBe(false)
    expect(canCallApi(defaultConnection)).toBe(true)
  })

  it('sends nothing at all in CompShare mode without keys', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const client = createConnectionClient({ ...compshare, publicKey: '', privateKey: '' })
    await expect(client.call('DescribeCompShareCustomImages', {})).rejects.toBeInstanceOf(
      MissingKeysError,
    )
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
