// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  createFaults,
  describeFaults,
  faultSpecFromEnv,
  parseFaultSpec,
  type FaultSpec,
} from '@/sandbox/faults/faults'
import { createRandom } from '@/sandbox/seed/random'
import { actionNames } from '@/sandbox/sandbox'
import { sandboxOptionsFromEnv } from '@/sandbox/env'
import { createTestSandbox } from '../support/sandbox'

const spec = (over: Partial<FaultSpec>): FaultSpec => ({
  latencyMs: 0,
  failure: null,
  rate: 1,
  processed: false,
  actions: null,
  ...over,
})

describe('parseFaultSpec (the X-Sandbox-Fault syntax)', () => {
  it('is off when empty or "off"', () => {
    expect(parseFaultSpec('')).toBeNull()
    expect(parseFaultSpec('  off ')).toBeNull()
    expect(parseFaultSpec('latency=0')).toBeNull()
  })

  it.each([
    ['latency=200', spec({ latencyMs: 200 })],
    ['status=503', spec({ failure: { kind: 'status', status: 503 } })],
    ['status=5xx; rate=0.25', spec({ failure: { kind: 'status', status: null }, rate: 0.25 })],
    ['retcode=171', spec({ failure: { kind: 'retcode', retCode: 171 } })],
    ['malformed=garbage', spec({ failure: { kind: 'malformed', form: 'garbage' } })],
    ['malformed=truncated', spec({ failure: { kind: 'malformed', form: 'truncated' } })],
    ['hang', spec({ failure: { kind: 'hang' } })],
    ['drop=1;processed', spec({ failure: { kind: 'drop' }, processed: true })],
    [
      'latency=50;drop;actions=PublishCompShareImage, DescribeCommunityImages',
      spec({
        latencyMs: 50,
        failure: { kind: 'drop' },
        actions: ['PublishCompShareImage', 'DescribeCommunityImages'],
      }),
    ],
  ])('reads %s', (text, expected) => {
    expect(parseFaultSpec(text, actionNames)).toEqual(expected)
  })

  it.each([
    ['speed=1', 'unknown fault "speed"; use latency, status'],
    ['latency=soon', 'latency must be a number from 0 to 60000, not "soon"'],
    ['status=404', 'status must be 500, 502, 503 or 5xx, not "404"'],
    ['retcode=0', 'retcode must be a number from 1'],
    ['retcode=1.5', 'retcode must be an integer'],
    ['malformed=yes', 'malformed must be garbage or truncated'],
    ['status=503;rate=2', 'rate must be a number from 0 to 1, not "2"'],
    ['hang=maybe', 'hang is a switch: give 1 or 0, not "maybe"'],
    ['status=503;drop', 'choose one failure, not status and drop'],
    ['rate=0.5', 'rate needs a failure'],
    ['latency=10;processed', 'processed needs a failure'],
    ['retcode=230;processed', 'a RetCode is a refusal'],
    ['drop;actions=DescribeEverything', 'actions: no Action "DescribeEverything"'],
    ['drop;actions=', 'actions needs at least one Action'],
  ])('refuses %s with a message that says what is wrong', (text, message) => {
    expect(() => parseFaultSpec(text, actionNames)).toThrow(message)
  })
})

describe('faultSpecFromEnv', () => {
  it('maps one SANDBOX_FAULT_* variable to each key and ignores empty ones', () => {
    expect(faultSpecFromEnv({})).toBeNull()
    expect(faultSpecFromEnv({ SANDBOX_FAULT_STATUS: '', SANDBOX_FAULT_LATENCY_MS: '' })).toBeNull()
    expect(
      faultSpecFromEnv({
        SANDBOX_FAULT_LATENCY_MS: '120',
        SANDBOX_FAULT_STATUS: '5xx',
        SANDBOX_FAULT_RATE: '0.3',
        SANDBOX_FAULT_ACTIONS: 'DescribeCommunityImages',
      }),
    ).toEqual(
      spec({
        latencyMs: 120,
        failure: { kind: 'status', status: null },
        rate: 0.3,
        actions: ['DescribeCommunityImages'],
      }),
    )
    expect(faultSpecFromEnv({ SANDBOX_FAULT_DROP: '1', SANDBOX_FAULT_PROCESSED: 'true' })).toEqual(
      spec({ failure: { kind: 'drop' }, processed: true }),
    )
    expect(faultSpecFromEnv({ SANDBOX_FAULT_HANG: '0' })).toBeNull()
  })

  it('names the variable in its message, and the dev server refuses to start with it', () => {
    expect(() => faultSpecFromEnv({ SANDBOX_FAULT_MALFORMED: 'half' })).toThrow(
      'SANDBOX_FAULT_MALFORMED must be garbage or truncated, not "half"',
    )
    expect(() => sandboxOptionsFromEnv({ SANDBOX_FAULT_RATE: '0.5' }, '/app')).toThrow(
      'SANDBOX_FAULT_RATE needs a failure',
    )
    expect(sandboxOptionsFromEnv({ SANDBOX_FAULT_RETCODE: '230' }, '/app').faults).toEqual(
      spec({ failure: { kind: 'retcode', retCode: 230 } }),
    )
  })
})

describe('createFaults', () => {
  it('fails the given share of requests, the same ones for the same seed', () => {
    const draw = () => {
      const random = createRandom(7)
      const faults = createFaults('status=5xx;rate=0.3', () => random.next())
      const spec = faults.current() as FaultSpec
      return Array.from({ length: 1000 }, () => faults.plan(spec, 'DescribeCommunityImages'))
    }
    const plans = draw()
    const failed = plans.filter((plan) => plan.failure)
    expect(failed.length).toBeGreaterThan(250)
    expect(failed.length).toBeLessThan(350)
    const statuses = new Set(
      failed.map((plan) => plan.failure?.kind === 'status' && plan.failure.status),
    )
    expect([...statuses].sort()).toEqual([500, 502, 503])
    expect(draw()).toEqual(plans)
  })

  it('leaves other Actions alone, latency included', () => {
    const faults = createFaults('latency=30;hang;actions=PublishCompShareImage', Math.random)
    const spec = faults.current() as FaultSpec
    expect(faults.plan(spec, 'DescribeCommunityImages')).toEqual({
      latencyMs: 0,
      failure: null,
      processed: false,
    })
    expect(faults.plan(spec, undefined).failure).toBeNull()
    expect(faults.plan(spec, 'PublishCompShareImage')).toEqual({
      latencyMs: 30,
      failure: { kind: 'hang' },
      processed: false,
    })
  })

  it('can be changed and cleared while the sandbox runs', () => {
    const { sandbox } = createTestSandbox({ faults: 'status=503' })
    expect(sandbox.faults.current()?.failure).toEqual({ kind: 'status', status: 503 })
    sandbox.faults.set('drop')
    expect(describeFaults(sandbox.faults.current() as FaultSpec)).toBe(
      'dropped connection for 100% of requests, 0 ms added latency',
    )
    expect(() => sandbox.faults.set('drop;actions=Nope')).toThrow('no Action "Nope"')
    sandbox.faults.clear()
    expect(sandbox.faults.current()).toBeNull()
  })
})
