import { z } from 'zod'
import '@/api/zod-setup'
import { modes, normalizeConnection, regions, type Connection } from '@/lib/connection'
import { keyErrors, type KeyProblem } from './key-rules'

const keyFields = ['publicKey', 'privateKey'] as const

/**
 * The connection form's values, trimmed (normalizeConnection). In CompShare mode the keys must
 * pass key-rules.ts; each problem is the message of its field's issue ('required', 'format',
 * 'same', 'swapped'), translated where it is shown. `saved` is the connection in use, whose
 * keys are known to be the right way round.
 */
export const connectionSchema = (saved: Connection) =>
  z
    .object({
      mode: z.enum(modes),
      region: z.enum(regions),
      zone: z.string(),
      publicKey: z.string(),
      privateKey: z.string(),
      remember: z.boolean(),
    })
    .transform((values): Connection => normalizeConnection(values))
    .superRefine((connection, ctx) => {
      if (connection.mode !== 'compshare') return
      const found = keyErrors(connection, saved)
      for (const field of keyFields) {
        const problem: KeyProblem | undefined = found[field]
        if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem })
      }
    })
