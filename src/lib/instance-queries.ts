import { mutationOptions, queryOptions, type MutationFunctionContext } from '@tanstack/react-query'
import { getInstancePrice, type InstanceSize } from '@/api/actions/instance-price'
import { describeInstanceTypes } from '@/api/actions/instance-types'
import {
  changeInstance,
  changingStates,
  createInstance,
  describeInstances,
  scheduleStop,
  type Instance,
  type InstanceAction,
  type LaunchRequest,
} from '@/api/actions/instances'
import type { ApiClient } from '@/api/client'
import { noSize } from './launch-plan'
import { recoveryInterval } from './query-recovery'

// What running an image takes: the GPU types on sale, their prices and stock, and the
// account's instances. Live answers, cached briefly (ADR 0027); the cache is emptied whenever
// the connection's account, region or zone changes (src/app/connected-providers.tsx).

/** While an instance is on its way somewhere, /my asks again this often. */
export const changingRefreshMs = 3_000

const all = ['instances'] as const

const price = (client: ApiClient, size: InstanceSize, imageId: string) =>
  queryOptions({
    queryKey: [...all, 'price', client.accountId, size, imageId] as const,
    queryFn: ({ signal }) => getInstancePrice(client, size, imageId, { signal }),
    staleTime: 60_000,
  })

export const instanceQueries = {
  all,
  types: (client: ApiClient) =>
    queryOptions({
      queryKey: [...all, 'types', client.accountId] as const,
      queryFn: ({ signal }) => describeInstanceTypes(client, { signal }),
      staleTime: 30_000,
    }),
  price,
  /**
   * What an hour of `size` costs asked without an image, so before any image's fee: cards
   * whose images take the same disk share one answer. Not asked while there is no size.
   */
  basePrice: (client: ApiClient, size: InstanceSize | undefined) => ({
    ...price(client, size ?? noSize, ''),
    enabled: size !== undefined,
  }),
  /** The prices of several sizes at once (a group page's GPUs); null where one failed. */
  prices: (client: ApiClient, sizes: readonly InstanceSize[], imageId: string) =>
    queryOptions({
      queryKey: [...all, 'prices', client.accountId, sizes, imageId] as const,
      queryFn: async ({ signal }) => {
        const answers = await Promise.allSettled(
          sizes.map((size) => getInstancePrice(client, size, imageId, { signal })),
        )
        // Every one failed: the page says so and offers to ask again, as for any query.
        if (answers.every((answer) => answer.status === 'rejected')) throw answers[0]?.reason
        return answers.map((answer) => (answer.status === 'fulfilled' ? answer.value : null))
      },
      staleTime: 60_000,
    }),
  mine: (client: ApiClient) =>
    queryOptions({
      queryKey: [...all, 'mine', client.accountId] as const,
      queryFn: ({ signal }) => describeInstances(client, { signal }),
      staleTime: 5_000,
      // Often while one is changing state; after a first load that failed, as every read does.
      refetchInterval: (query) =>
        query.state.data === undefined
          ? recoveryInterval(query)
          : query.state.data.some((instance) => changingStates.has(instance.state))
            ? changingRefreshMs
            : 30_000,
    }),
}

export interface LaunchPlan extends LaunchRequest {
  /** Hours until the scheduled stop; null for none. */
  stopAfterHours: number | null
}

export interface LaunchResult {
  id: string
  /** The scheduled stop did not take: the instance runs until stopped by hand. */
  scheduleFailed: boolean
}

/**
 * Schedules `id` to stop `hours` after it was created, by the service's clock (its CreateTime):
 * this device's clock may be minutes or months off, and the service refuses a stop too soon or
 * too far ahead. Whether that took.
 */
export async function stopAfter(client: ApiClient, id: string, hours: number): Promise<boolean> {
  try {
    const [instance] = await describeInstances(client, {}, [id])
    const created = instance?.createTime || Math.floor(Date.now() / 1000)
    await scheduleStop(client, { id, zone: instance?.zone }, created + hours * 3600)
    return true
  } catch {
    return false
  }
}

/** After any change, launched or not: the account's instances are asked again. */
const refreshMine = (
  _data: unknown,
  _error: unknown,
  _variables: unknown,
  _result: unknown,
  { client }: MutationFunctionContext,
) => client.invalidateQueries({ queryKey: [...all, 'mine'] })

export const instanceMutations = {
  /** Never retried: an instance that may exist must not be bought twice behind the user. */
  launch: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['launch'] as const,
      mutationFn: async (plan: LaunchPlan): Promise<LaunchResult> => {
        const id = await createInstance(client, plan)
        const hours = plan.stopAfterHours
        const scheduled = hours === null || id === '' || (await stopAfter(client, id, hours))
        return { id, scheduleFailed: !scheduled }
      },
      retry: false,
      onSettled: refreshMine,
    }),
  change: (client: ApiClient) =>
    mutationOptions({
      mutationKey: ['instance-change'] as const,
      mutationFn: ({ change, instance }: { change: InstanceAction; instance: Instance }) =>
        changeInstance(client, change, instance),
      retry: false,
      onSettled: refreshMine,
    }),
}
