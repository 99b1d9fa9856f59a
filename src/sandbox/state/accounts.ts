import type { AuthInfo } from '../types.ts'

export interface SandboxAccount {
  publicKey: string
  privateKey: string
  /** Published groups carry this as Author; DescribeSelfCommunityImages matches on it. */
  nickname: string
  authInfo: AuthInfo
}

/**
 * The two demo accounts. Their keys open only this local sandbox and are published in the
 * README on purpose; the second one exists so ownership rules can be tried from two sides.
 */
export const sandboxAccounts: readonly SandboxAccount[] = [
  {
    publicKey: 'sandbox-public-key',
    privateKey: 'sandbox-private-key',
    nickname: '演示用户',
    authInfo: 0,
  },
  {
    publicKey: 'sandbox-public-key-2',
    privateKey: 'sandbox-private-key-2',
    nickname: '演示用户二',
    authInfo: 0,
  },
]

export function findAccount(publicKey: string): SandboxAccount | undefined {
  return sandboxAccounts.find((account) => account.publicKey === publicKey)
}
