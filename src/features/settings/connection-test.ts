import { useCallback, useEffect, useRef, useState } from 'react'
import { describeCustomImages } from '@/api/actions/describe-custom-images'
import { createConnectionClient, type Connection } from '@/lib/connection'

export type ConnectionTest =
  | { state: 'idle' }
  | { state: 'testing' }
  | { state: 'ok'; imageCount: number }
  | { state: 'failed'; error: unknown }

/**
 * Tries the given settings with a harmless signed read: the account's custom images, one of
 * them. It needs a valid signature and a known account, and changes nothing.
 *
 * Deliberately not a React Query mutation: its variables would be the keys, and the mutation
 * cache (and its devtools) would hold them.
 */
export function useConnectionTest() {
  const [result, setResult] = useState<ConnectionTest>({ state: 'idle' })
  const running = useRef<AbortController | null>(null)

  useEffect(() => () => running.current?.abort(), [])

  const run = useCallback(async (connection: Connection) => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setResult({ state: 'testing' })
    try {
      const client = createConnectionClient(connection)
      const page = await describeCustomImages(client, { limit: 1 }, { signal: controller.signal })
      if (!controller.signal.aborted) setResult({ state: 'ok', imageCount: page.totalCount })
    } catch (error) {
      if (!controller.signal.aborted) setResult({ state: 'failed', error })
    }
  }, [])

  const reset = useCallback(() => {
    running.current?.abort()
    setResult({ state: 'idle' })
  }, [])

  return { result, run, reset }
}
