import { maxInstanceIdFilters } from '../bounds.ts'
import { instanceJson } from '../state/instance-json.ts'
import type { ActionHandler } from './context.ts'
import { invalidParameter } from './errors.ts'
import { regionOf } from './instance-image.ts'
import { list, optionalText, page } from './params.ts'

/**
 * The caller's own instances in the Region (and the Zone, if sent), newest first, `UHostIds.N`
 * only when sent. Limit 20 by default, at most 100.
 */
export const describeInstances: ActionHandler = (fields, { catalogue, account, origin }) => {
  const ids = list(fields, 'UHostIds')
  if (ids.length > maxInstanceIdFilters) {
    throw invalidParameter('UHostIds', `at most ${maxInstanceIdFilters} ids, got ${ids.length}`)
  }
  const region = optionalText(fields, 'Region')
  const zone = optionalText(fields, 'Zone')
  const { offset, limit } = page(fields)
  const mine = catalogue.state.instances
    .filter((instance) => instance.owner === account.publicKey)
    .filter((instance) => region === undefined || regionOf(instance.zone) === region)
    .filter((instance) => zone === undefined || instance.zone === zone)
    .filter((instance) => ids.length === 0 || ids.includes(instance.id))
    // The state keeps them in the order they were created.
    .reverse()
  return {
    TotalCount: mine.length,
    UHostSet: mine.slice(offset, offset + limit).map((instance) => instanceJson(instance, origin)),
  }
}
