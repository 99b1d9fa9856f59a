import type { Connection } from '@/lib/connection'

export type KeyProblem = 'required' | 'format'

export interface KeyErrors {
  publicKey?: KeyProblem | undefined
  privateKey?: KeyProblem | undefined
}

// UCloud keys are printable ASCII with no spaces. Anything else is a copy-and-paste slip (a
// label, a line break, a full-width character), which is better said now than as RetCode 171.
const keyShape = /^[\x21-\x7e]+$/

function problem(key: string): KeyProblem | undefined {
  if (key === '') return 'required'
  return keyShape.test(key) ? undefined : 'format'
}

/** What is wrong with the keys of a (trimmed) CompShare connection, per field. */
export function keyErrors(connection: Pick<Connection, 'publicKey' | 'privateKey'>): KeyErrors {
  return { publicKey: problem(connection.publicKey), privateKey: problem(connection.privateKey) }
}
