import { sign } from '../../api/signature.ts'
import { findAccount, type SandboxAccount } from '../state/accounts.ts'
import { RetCode, SandboxError } from '../actions/errors.ts'
import type { Fields } from '../actions/params.ts'

/**
 * The real service's checks, in its order: signature present, key known, signature right.
 * The signature covers every received field except Signature itself, so a field added or
 * changed in transit (or encoded differently by a client) fails it.
 */
export function verifySignature(fields: Fields): SandboxAccount {
  const { Signature: signature, ...signed } = fields
  if (!signature) throw new SandboxError(RetCode.signatureMissing, 'Missing Signature')
  const account = findAccount(fields.PublicKey ?? '')
  if (!account) {
    throw new SandboxError(RetCode.publicKeyNotFound, 'No user has this PublicKey')
  }
  if (sign(signed, account.privateKey) !== signature) {
    throw new SandboxError(
      RetCode.signatureWrong,
      'Signature is wrong: check the PrivateKey and how parameters are encoded',
    )
  }
  return account
}
