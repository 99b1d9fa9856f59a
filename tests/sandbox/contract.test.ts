// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { actionOf, contract, type Contract } from '../fixtures/contract'
import { expectShape } from '../support/shape'
import { createTestSandbox, publishableImage, type TestSandbox } from '../support/sandbox'

let t: TestSandbox

beforeEach(() => {
  t = createTestSandbox()
})

/** The contract's request with its placeholders filled from the seeded sandbox. */
function requestOf(entry: Contract): Record<string, unknown> {
  const image = publishableImage(t.sandbox)?.id ?? ''
  const groups = t.sandbox.state().groups
  const group = groups.find((g) => g.versions.some((v) => v.status !== 'Reviewing'))
  const version = groups.find((g) => g.owner === '演示用户')?.versions.at(-1)
  const ids: Record<string, string | undefined> = {
    '{image}': image,
    '{group}': group?.id,
    '{version}': version?.id,
  }
  return Object.fromEntries(
    Object.entries(entry.request).map(([key, value]) => [
      key,
      typeof value === 'string' && value in ids ? ids[value] : value,
    ]),
  )
}

// Every call goes out exactly as the contract says: no Region or Zone the helper would add.
const send = (name: string, params: Record<string, unknown>) =>
  t.call(actionOf(name), { Region: undefined, Zone: undefined, ...params })

describe.each(Object.entries(contract))('%s, as the SDK and CLI speak it', (name, entry) => {
  it('is answered, with every field the clients read, in the type they read', () => {
    const answer = send(name, requestOf(entry))
    expect(answer).toMatchObject({ RetCode: 0, Action: `${actionOf(name)}Response` })
    expectShape(answer, entry.answer)
  })

  it.each(entry.required)('is refused without %s, naming it', (field) => {
    const params = requestOf(entry)
    delete params[field]
    expect(send(name, params)).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining(field) as unknown,
    })
  })
})

describe('Region and Zone', () => {
  const list = contract.DescribeCommunityImages.request

  it('refuses a region the service does not have, and a zone of another region', () => {
    expect(send('DescribeCommunityImages', { ...list, Region: 'mars' })).toMatchObject({
      RetCode: 230,
      Message:
        'Parameter Region is not valid: unknown region mars (known: cn-wlcb, cn-sh2, cn-bj2)',
    })
    expect(send('DescribeCommunityImages', { ...list, Zone: 'cn-sh2-02' })).toMatchObject({
      RetCode: 230,
      Message: 'Parameter Zone is not valid: cn-sh2-02 is not a zone of region cn-wlcb',
    })
    expect(send('DescribeCommunityImages', { ...list, Zone: 'cn-wlcb-99' })).toMatchObject({
      RetCode: 230,
      Message: 'Parameter Zone is not valid: unknown zone cn-wlcb-99',
    })
  })

  it('takes a missing Zone only where a seed’s own example sends none', () => {
    expect(send('DescribeCommunityImages', { ...list, Zone: undefined })).toMatchObject({
      RetCode: 0,
    })
    expect(send('DescribeCompShareCustomImages', { Region: 'cn-wlcb' })).toMatchObject({
      RetCode: 230,
      Message: 'Missing parameter Zone',
    })
  })

  it('answers the zones of every region, each in its region', () => {
    const { ZoneInfo } = send('DescribeCompShareSupportZone', { Region: 'cn-sh2' }) as {
      ZoneInfo: { Region: string; Zone: string }[]
    }
    expect(new Set(ZoneInfo.map((z) => z.Region))).toEqual(new Set(['cn-wlcb', 'cn-sh2', 'cn-bj2']))
    for (const zone of ZoneInfo) expect(zone.Zone.startsWith(`${zone.Region}-`)).toBe(true)
  })
})
