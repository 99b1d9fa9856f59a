import type { InstanceRecord, InstanceState } from '../types.ts'

/**
 * Instances move on the clock the way review does (review.ts): nothing runs in the background;
 * each request first applies every transition due by its time, in time order. A transitional
 * state ends at `until`; a scheduled stop fires at `stopAt`.
 */
const settlesTo: Partial<Record<InstanceState, InstanceState>> = {
  Initializing: 'Running',
  Starting: 'Running',
  Rebooting: 'Running',
  Stopping: 'Stopped',
}

export const isTransitional = (instance: InstanceRecord) => instance.state in settlesTo

/** Enters a transitional state now; it ends `seconds` later. */
export function begin(
  instance: InstanceRecord,
  state: InstanceState,
  now: number,
  seconds: number,
): void {
  instance.state = state
  instance.until = now + seconds
  instance.updateTime = now
}

function settle(instance: InstanceRecord): void {
  const at = instance.until
  const next = settlesTo[instance.state] ?? instance.state
  if (next === 'Running') instance.startTime = at
  if (next === 'Stopped') instance.stopTime = at
  instance.state = next
  instance.until = 0
  instance.updateTime = at
}

/** A scheduled stop stops a Running instance; in any other state it lapses. Either way it is spent. */
function fire(instance: InstanceRecord, seconds: number): void {
  const at = instance.stopAt
  instance.stopAt = 0
  if (instance.state === 'Running') begin(instance, 'Stopping', at, seconds)
}

/** Applies everything due by `at` to one instance; true when it changed. */
export function advance(instance: InstanceRecord, at: number, seconds: number): boolean {
  let changed = false
  for (;;) {
    const ends = isTransitional(instance) ? instance.until : Infinity
    const fires = instance.stopAt > 0 ? instance.stopAt : Infinity
    if (Math.min(ends, fires) > at) return changed
    changed = true
    // A transition ending as the stop fires ends first: a start that completes then is stopped.
    if (ends <= fires) settle(instance)
    else fire(instance, seconds)
  }
}

/** Brings every instance up to `at`; answers those that changed (to be journaled). */
export function advanceAll(
  instances: readonly InstanceRecord[],
  at: number,
  seconds: number,
): InstanceRecord[] {
  return instances.filter((instance) => advance(instance, at, seconds))
}
