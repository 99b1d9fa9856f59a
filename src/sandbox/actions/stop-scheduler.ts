import { maxStopAheadSeconds, minStopAheadSeconds } from '../bounds.ts'
import type { ActionHandler } from './context.ts'
import { invalidParameter, RetCode, SandboxError } from './errors.ts'
import { integerField } from './instance-fields.ts'
import { ownInstance } from './instance-image.ts'
import { optionalText, type Fields } from './params.ts'

/** The time, as the SDK (`StopTime`) or the CLI (`SchedulerStopTime`) names it: either will do. */
function stopTimeField(fields: Fields, now: number): number {
  const sent = (['StopTime', 'SchedulerStopTime'] as const).filter(
    (name) => optionalText(fields, name) !== undefined,
  )
  const [name, other] = sent
  if (name === undefined) {
    throw new SandboxError(
      RetCode.invalidParameter,
      'Missing parameter StopTime (or SchedulerStopTime)',
    )
  }
  const at = integerField(fields, name, 0, 2 ** 32)
  if (other !== undefined && integerField(fields, other, 0, 2 ** 32) !== at) {
    throw invalidParameter(other, `must be the same time as ${name} when both are sent`)
  }
  if (at < now + minStopAheadSeconds) {
    throw invalidParameter(name, `must be at least ${minStopAheadSeconds} seconds from now`)
  }
  if (at > now + maxStopAheadSeconds) {
    throw invalidParameter(name, `must be at most ${maxStopAheadSeconds / 86_400} days from now`)
  }
  return at
}

// Both answer the UHostId, as the docs show; the SDK reads nothing from either answer.

/**
 * Schedules (or moves) the instance's stop: when the clock passes it, a Running instance goes
 * Stopping, then Stopped (state/instances.ts). The docs: not for Spot instances.
 */
export const updateStopScheduler: ActionHandler = (fields, context) => {
  const instance = ownInstance(fields, context)
  const at = stopTimeField(fields, context.now)
  if (instance.chargeType === 'Spot') {
    throw invalidParameter('UHostId', `${instance.id} is a Spot instance: it cannot be scheduled`)
  }
  if (instance.stopAt !== at) {
    instance.stopAt = at
    context.commit({ kind: 'instances', upsert: [instance], remove: [] })
  }
  return { UHostId: instance.id }
}

/** Cancels the scheduled stop; none to cancel is no error. */
export const deleteStopScheduler: ActionHandler = (fields, context) => {
  const instance = ownInstance(fields, context)
  if (instance.stopAt !== 0) {
    instance.stopAt = 0
    context.commit({ kind: 'instances', upsert: [instance], remove: [] })
  }
  return { UHostId: instance.id }
}
