import type { Connection } from '@/lib/connection'

export type KeyProblem = 'required' | 'format' | 'same' | 'swapped'

export interface KeyErrors {
  publicKey?: KeyProblem | undefined
  privateKey?: KeyProblem | undefined
}

type Keys = Pick<Connection, 'publicKey' | 'privateKey'>

// UCloud keys are printable ASCII with no spaces. Anything else is a copy-and-paste slip (a
// label, a line break, a full-width character), which is better said now than as RetCode 171.
const keyShape = /^[\x21-\x7e]+$/

// The shapes UCloud's own SDK documents (its signing test): a public key is the account's
// e-mail and a number, a private key 40 hex digits. Keys of other shapes are told apart only by
// the keys saved before (ADR 0010).
const looksPublic = (key: string) => key.includes('@')
const looksPrivate = (key: string) => /^[0-9a-f]{40}$/i.test(key)

function problem(key: string): KeyProblem | undefined {
  if (key === '') return 'required'
  return keyShape.test(key) ? undefined : 'format'
}

/**
 * The public key is sent with every request, so a private key in its field would leave the
 * browser in the clear: pasted the wrong way round, or twice, the pair is refused here.
 */
function swapped({ publicKey, privateKey }: Keys, saved?: Keys): boolean {
  if (looksPrivate(publicKey) || looksPublic(privateKey)) return true
  if (!saved) return false
  return (
    (saved.privateKey !== '' && publicKey === saved.privateKey) ||
    (saved.publicKey !== '' && privateKey === saved.publicKey)
  )
}

/**
 * What is wrong with the keys of a (trimmed) CompShare connection, per field. `saved` is the
 * connection in use, whose keys are known to be the right way round.
 */
export function keyErrors(connection: Keys, saved?: Keys): KeyErrors {
  const found = {
    publicKey: problem(connection.publicKey),
    privateKey: problem(connection.privateKey),
  }
  if (found.publicKey || found.privateKey) return found
  if (connection.publicKey === connection.privateKey) return { privateKey: 'same' }
  if (swapped(connection, saved)) return { publicKey: 'swapped' }
  return {}
}
