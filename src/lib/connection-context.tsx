import { createContext, use, useSyncExternalStore } from 'react'
import { defaultConnection, type Connection, type ConnectionStore } from './connection'

/** The connection settings store the app was started with. */
export const ConnectionContext = createContext<ConnectionStore | null>(null)

// Without a store (a component mounted alone in a test) the app is in its default sandbox mode.
const fixedStore: ConnectionStore = {
  subscribe: () => () => {},
  getSnapshot: () => defaultConnection,
  save: () => {
    throw new Error('No ConnectionStore was provided')
  },
  forgetKeys: () => {
    throw new Error('No ConnectionStore was provided')
  },
}

export function useConnectionStore(): ConnectionStore {
  return use(ConnectionContext) ?? fixedStore
}

/** The current settings; re-renders when they change. */
export function useConnection(): Connection {
  const store = useConnectionStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
