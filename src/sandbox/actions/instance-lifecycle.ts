import { begin } from '../state/instances.ts'
import { freeCards } from '../state/stock.ts'
import type { InstanceRecord, InstanceState } from '../types.ts'
import type { ActionContext, ActionHandler } from './context.ts'
import { RetCode, SandboxError } from './errors.ts'
import { ownInstance } from './instance-image.ts'

function refuse(instance: InstanceRecord, verb: string, from: readonly InstanceState[]) {
  return new SandboxError(
    RetCode.invalidParameter,
    `Instance ${instance.id} is ${instance.state}: only a ${from.join(' or ')} instance can be ${verb}`,
  )
}

/** One transition on the clock: `from` a settled state into `into`, which ends instanceSeconds later. */
function transition(
  verb: string,
  from: readonly InstanceState[],
  into: InstanceState,
  check?: (instance: InstanceRecord, context: ActionContext) => void,
): ActionHandler {
  return (fields, context) => {
    const instance = ownInstance(fields, context)
    if (!from.includes(instance.state)) throw refuse(instance, verb, from)
    check?.(instance, context)
    begin(instance, into, context.now, context.instanceSeconds)
    context.commit({ kind: 'instances', upsert: [instance], remove: [] })
    return { UHostId: instance.id }
  }
}

/** A Stopped instance holds no cards: starting takes them again, if the zone has them free. */
function cardsFree(instance: InstanceRecord, { catalogue, stock, now }: ActionContext): void {
  const free = freeCards(catalogue.state.instances, stock, instance.zone, instance.gpuType, now)
  if (free < instance.gpu) {
    throw new SandboxError(RetCode.resourceNotEnough, 'Resource not enough, Please try again later')
  }
}

export const startInstance = transition('started', ['Stopped'], 'Starting', cardsFree)
export const stopInstance = transition('stopped', ['Running'], 'Stopping')
export const rebootInstance = transition('rebooted', ['Running'], 'Rebooting')

/** Gone at once, and its cards with it: a terminated instance is in no answer any more. */
export const terminateInstance: ActionHandler = (fields, context) => {
  const instance = ownInstance(fields, context)
  const from: InstanceState[] = ['Running', 'Stopped', 'Install Fail']
  if (!from.includes(instance.state)) throw refuse(instance, 'terminated', from)
  const instances = context.catalogue.state.instances
  instances.splice(instances.indexOf(instance), 1)
  context.commit({ kind: 'instances', upsert: [], remove: [instance.id] })
  return { UHostId: instance.id }
}
