import { createContext, use } from 'react'
import type { ApiClient } from '@/api/client'

/** The signed client for the active mode and account; the app provides it at the top. */
export const ApiClientContext = createContext<ApiClient | null>(null)

export function useApiClient(): ApiClient {
  const client = use(ApiClientContext)
  if (!client) throw new Error('useApiClient must be used inside <ApiClientContext>')
  return client
}
