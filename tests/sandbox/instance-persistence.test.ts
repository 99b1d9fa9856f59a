// @vitest-environment node
import * as fs from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stateFormat } from '@/sandbox/types'
import { afterCrash, openFiles, tempFolder } from './file-sandbox'
import { launchable, smallest, type Host } from './instances'

type Files = ReturnType<typeof openFiles>

function instanceCalls(files: Files) {
  const call = (params: Record<string, unknown>) => files.call(params).body
  const create = (params: Record<string, unknown> = {}) => {
    const answer = call({
      Action: 'CreateCompShareInstance',
      ...smallest,
      CompShareImageId: launchable(files.sandbox).id,
      ...params,
    })
    expect(answer).toMatchObject({ RetCode: 0 })
    return (answer.UHostIds as string[])[0] ?? ''
  }
  const act = (Action: string, id: string, params: Record<string, unknown> = {}) =>
    expect(call({ Action, UHostId: id, ...params })).toMatchObject({ RetCode: 0 })
  const hosts = () =>
    (call({ Action: 'DescribeCompShareInstance' }).UHostSet as Host[]).map((host) => ({
      id: host.UHostId,
      state: host.State,
      stopAt: host.SchedulerStopTime,
    }))
  const seconds = () => Math.floor(files.clock.now() / 1000)
  return { create, act, hosts, seconds }
}

const journalKinds = (dir: string) =>
  fs
    .readFileSync(join(dir, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { change: { kind: string } }).change.kind)

describe('instances across a restart', () => {
  it('keeps every create, stop, schedule and termination, one journal line each', () => {
    const dir = tempFolder()
    const files = openFiles(dir)
    const { create, act, hosts, seconds } = instanceCalls(files)
    const kept = create({ Name: 'kept' })
    const stopped = create({ Name: 'stopped' })
    const gone = create({ Name: 'gone' })
    files.clock.advance(10)
    act('StopCompShareInstance', stopped)
    act('UpdateCompShareStopScheduler', kept, { StopTime: seconds() + 3600 })
    act('TerminateCompShareInstance', gone)
    files.clock.advance(10)
    const before = hosts()
    expect(before.map((host) => host.state)).toEqual(['Stopped', 'Running'])
    expect(journalKinds(dir)).toEqual([
      'instances', // three creates
      'instances',
      'instances',
      'instances', // Running, on the clock
      'instances', // stop
      'instances', // schedule
      'instances', // terminate
      'instances', // Stopped, on the clock
    ])

    const restarted = openFiles(afterCrash(dir), { now: files.clock.now })
    expect(instanceCalls(restarted).hosts()).toEqual(before)
    expect(restarted.warn).not.toHaveBeenCalled()
    expect(restarted.sandbox.state().instances.map((i) => i.id)).not.toContain(gone)
  })

  it('journals the clock’s transitions as they happen, so a restart does not redo them', () => {
    const dir = tempFolder()
    const files = openFiles(dir, { instanceSeconds: 10 })
    const { create, hosts } = instanceCalls(files)
    const id = create()
    files.clock.advance(10)
    expect(hosts()).toEqual([{ id, state: 'Running', stopAt: 0 }])
    // A slower clock after the restart cannot take back what was answered before it.
    const slower = openFiles(afterCrash(dir), { now: files.clock.now, instanceSeconds: 600 })
    expect(instanceCalls(slower).hosts()).toEqual([{ id, state: 'Running', stopAt: 0 }])
  })

  it('fires a scheduled stop after a restart', () => {
    const dir = tempFolder()
    const files = openFiles(dir)
    const { create, act, seconds } = instanceCalls(files)
    const id = create()
    files.clock.advance(10)
    act('UpdateCompShareStopScheduler', id, { SchedulerStopTime: seconds() + 600 })
    files.sandbox.close()
    const restarted = openFiles(dir, { now: () => files.clock.now() + 700_000 })
    expect(instanceCalls(restarted).hosts()).toEqual([{ id, state: 'Stopped', stopAt: 0 }])
  })

  it('reads a state saved before instances existed (format 2) as one without any', () => {
    const dir = tempFolder()
    const first = openFiles(dir)
    first.publish('before instances')
    first.sandbox.close()
    const saved = JSON.parse(fs.readFileSync(join(dir, 'state.json'), 'utf8')) as Record<
      string,
      unknown
    >
    delete saved.instances
    fs.writeFileSync(join(dir, 'state.json'), JSON.stringify({ ...saved, format: 2 }))

    const upgraded = openFiles(dir)
    expect(upgraded.warn).not.toHaveBeenCalled()
    expect(upgraded.names()).toContain('before instances')
    expect(upgraded.sandbox.state()).toMatchObject({ format: stateFormat, instances: [] })
    instanceCalls(upgraded).create()
    upgraded.sandbox.close()
    const written = JSON.parse(fs.readFileSync(join(dir, 'state.json'), 'utf8')) as {
      format: number
      instances: unknown[]
    }
    expect(written.format).toBe(stateFormat)
    expect(written.instances).toHaveLength(1)
  })
})
