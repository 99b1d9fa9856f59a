import { stateFormat, type SandboxState } from '../types.ts'

/**
 * A saved state of an older format brought to this one, when nothing is lost by it; null when
 * it cannot be (the caller sets the file aside and seeds afresh). Format 2 had no instances.
 */
export function upgradeState(saved: { format?: unknown }): SandboxState | null {
  if (saved.format === stateFormat) return saved as SandboxState
  if (saved.format === 2)
    return { ...(saved as Omit<SandboxState, 'format'>), format: 3, instances: [] }
  return null
}
