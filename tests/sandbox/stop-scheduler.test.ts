// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createTestSandbox, secondAccount } from '../support/sandbox'
import { instances } from './instances'

function scheduled() {
  const t = createTestSandbox({ instanceSeconds: 10 })
  const calls = instances(t)
  const id = calls.running()
  const schedule = (params: Record<string, unknown>) =>
    calls.act('UpdateCompShareStopScheduler', id, params)
  return { t, ...calls, id, schedule }
}

describe('UpdateCompShareStopScheduler and DeleteCompShareStopScheduler', () => {
  it('takes the SDK’s StopTime or the CLI’s SchedulerStopTime, and answers it under both', () => {
    const { schedule, host, id, seconds } = scheduled()
    const at = seconds() + 3600
    expect(schedule({ StopTime: at })).toMatchObject({ RetCode: 0, UHostId: id })
    expect(host(id)).toMatchObject({ StopSchedulerTime: at, SchedulerStopTime: at })
    expect(schedule({ SchedulerStopTime: at + 60 })).toMatchObject({ RetCode: 0 })
    expect(host(id)?.SchedulerStopTime).toBe(at + 60)
    expect(schedule({ StopTime: at, SchedulerStopTime: at })).toMatchObject({ RetCode: 0 })
    expect(schedule({ StopTime: at, SchedulerStopTime: at + 1 })).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('SchedulerStopTime') as unknown,
    })
  })

  it('stops a Running instance when the clock passes the time, then forgets the schedule', () => {
    const { t, schedule, host, id, seconds } = scheduled()
    const at = seconds() + 600
    schedule({ SchedulerStopTime: at })
    t.clock.advance(599)
    expect(host(id)?.State).toBe('Running')
    t.clock.advance(1)
    expect(host(id)).toMatchObject({ State: 'Stopping', SchedulerStopTime: 0, UpdateTime: at })
    t.clock.advance(10)
    expect(host(id)).toMatchObject({ State: 'Stopped', StopTime: at + 10 })
  })

  it('fires in order with the other transitions, even when no request came in between', () => {
    const { t, schedule, host, id, seconds, act } = scheduled()
    const at = seconds() + 300
    schedule({ StopTime: at })
    act('RebootCompShareInstance', id)
    t.clock.advance(3600)
    expect(host(id)).toMatchObject({ State: 'Stopped', StopTime: at + 10, StopSchedulerTime: 0 })
  })

  it('lapses when the instance is not Running by then', () => {
    const { t, schedule, host, id, seconds, act } = scheduled()
    schedule({ StopTime: seconds() + 300 })
    act('StopCompShareInstance', id)
    t.clock.advance(300)
    expect(host(id)).toMatchObject({ State: 'Stopped', SchedulerStopTime: 0 })
  })

  it('is cancelled by DeleteCompShareStopScheduler, which needs nothing to cancel', () => {
    const { t, schedule, host, id, seconds, act } = scheduled()
    schedule({ StopTime: seconds() + 300 })
    expect(act('DeleteCompShareStopScheduler', id)).toMatchObject({ RetCode: 0, UHostId: id })
    expect(host(id)?.StopSchedulerTime).toBe(0)
    expect(act('DeleteCompShareStopScheduler', id)).toMatchObject({ RetCode: 0 })
    t.clock.advance(600)
    expect(host(id)?.State).toBe('Running')
  })

  it.each([
    ['no time', {}, 'Missing parameter StopTime (or SchedulerStopTime)'],
    ['a time less than five minutes ahead', { StopTime: 299 }, 'at least 300 seconds'],
    ['a time past 30 days', { StopTime: 30 * 86_400 + 1 }, 'at most 30 days'],
    ['a time that is not a number', { SchedulerStopTime: 'tomorrow' }, 'SchedulerStopTime'],
  ])('refuses %s', (_, offset, message) => {
    const { schedule, seconds } = scheduled()
    const params = Object.fromEntries(
      Object.entries(offset).map(([key, value]) => [
        key,
        typeof value === 'number' ? seconds() + value : value,
      ]),
    )
    expect(schedule(params)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining(message) as unknown,
    })
  })

  it('refuses another account’s instance, a terminated one and a Spot one', () => {
    const { t, id, seconds, act } = scheduled()
    const at = { StopTime: seconds() + 600 }
    const other = instances(t, secondAccount)
    for (const action of ['UpdateCompShareStopScheduler', 'DeleteCompShareStopScheduler']) {
      expect(other.act(action, id, at)).toMatchObject({
        RetCode: 230,
        Message: `Parameter UHostId is not valid: no instance ${id}`,
      })
    }
    act('TerminateCompShareInstance', id)
    expect(act('UpdateCompShareStopScheduler', id, at)).toMatchObject({ RetCode: 230 })
    const spot = instances(t).running({ ChargeType: 'Spot' })
    expect(act('UpdateCompShareStopScheduler', spot, at)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('Spot') as unknown,
    })
  })
})
