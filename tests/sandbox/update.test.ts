// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import {
  createTestSandbox,
  publishableImage,
  secondAccount,
  type TestSandbox,
} from '../support/sandbox'
import { jpeg, listingCases, png } from './listing-cases'
import { ownVersions } from './own-versions'

let t: TestSandbox
let v: ReturnType<typeof ownVersions>

beforeEach(() => {
  t = createTestSandbox({ reviewSeconds: 30 })
  v = ownVersions(t)
})

/** The renamed parameter: publish's CommunityImageName is update's Name. */
const asUpdate = (change: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(change).map(([key, value]) => [
      key === 'CommunityImageName' ? 'Name' : key,
      value,
    ]),
  )

describe('UpdateCompShareImage validation', () => {
  it.each(listingCases)('refuses %s as publish does', (_, change, retCode, named) => {
    const { id } = v.published()
    const before = v.version(id)
    const publish = t.call('PublishCompShareImage', {
      CompShareImageId: publishableImage(t.sandbox)?.id,
      CommunityImageName: '校验对照',
      VersionName: 'v1.0',
      ...change,
    })
    expect(publish).toMatchObject({
      RetCode: retCode,
      Message: expect.stringContaining(named) as unknown,
    })
    const message = String(publish.Message).replace('CommunityImageName', 'Name')
    expect(v.update(id, asUpdate(change))).toEqual({
      Action: 'UpdateCompShareImageResponse',
      RetCode: retCode,
      Message: message,
    })
    expect(v.version(id)).toEqual(before)
  })

  it('finds only published versions of the caller’s own groups', () => {
    const { id } = v.published()
    const custom = publishableImage(t.sandbox)?.id ?? ''
    for (const [who, target] of [
      ['unknown', 'compshareImage-nope'],
      ['a custom image, not a version', custom],
    ] as const) {
      expect(v.update(target, { Description: 'x' }), who).toEqual({
        Action: 'UpdateCompShareImageResponse',
        RetCode: 226601,
        Message: `Image ${target} not found among your published versions`,
      })
    }
    const theirs = t.call(
      'UpdateCompShareImage',
      { CompShareImageId: id, Description: 'x' },
      secondAccount,
    )
    expect(theirs).toMatchObject({
      RetCode: 226601,
      Message: expect.stringContaining(id) as unknown,
    })
    expect(v.version(id).Description).not.toBe('x')
  })

  it('needs the id, Region and Zone, and at least one field', () => {
    const { id } = v.published()
    expect(v.update('', { Description: 'x' })).toMatchObject({
      RetCode: 230,
      Message: 'Missing parameter CompShareImageId',
    })
    expect(v.update(id, { Zone: undefined, Description: 'x' })).toMatchObject({
      RetCode: 230,
      Message: 'Missing parameter Zone',
    })
    expect(v.update(id, {})).toMatchObject({
      RetCode: 230,
      Message: expect.stringMatching(/^Specify at least one field to update/) as unknown,
    })
  })

  it('keeps a version’s name and group: the same values pass, others are refused', () => {
    const { id, groupId } = v.published()
    const other = v.published().groupId
    const before = v.version(id)
    expect(v.update(id, { VersionName: 'v1.0', GroupId: groupId })).toMatchObject({ RetCode: 0 })
    expect(v.version(id)).toEqual(before)
    expect(v.update(id, { VersionName: 'v1.1' })).toMatchObject({
      RetCode: 230,
      Message:
        'Parameter VersionName is not valid: a published version cannot be renamed (it is v1.0)',
    })
    expect(v.update(id, { GroupId: other })).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('Parameter GroupId is not valid') as unknown,
    })
  })

  it.each(['2', '-1', 'public', '', '01', ' 0'])('refuses Visibility %j', (value) => {
    const { id } = v.published()
    expect(v.update(id, { Visibility: value })).toMatchObject({
      RetCode: 230,
      Message: 'Parameter Visibility is not valid: must be 0 or 1',
    })
  })
})

describe('which edits go back to review', () => {
  it.each([
    ['the description', { Description: '新的描述' }, { Description: '新的描述' }],
    ['the version notes', { VersionDesc: '补充说明' }, { VersionDesc: '补充说明' }],
    ['the readme', { Readme: '# 新说明\n' }, { Readme: '# 新说明\n' }],
    ['an emptied description', { Description: '' }, { Description: '' }],
  ])('applies %s at once, online all along', (_, change, expected) => {
    const { id, groupId } = v.published({ Description: '旧的描述' })
    t.clock.advance(5)
    expect(v.update(id, change)).toEqual({ Action: 'UpdateCompShareImageResponse', RetCode: 0 })
    expect(v.version(id)).toMatchObject({
      ...expected,
      Status: 'Available',
      UpdateTime: v.seconds(),
    })
    expect(v.market({ GroupId: groupId }).CompshareImageGroup[0]?.Data[0]).toMatchObject(expected)
  })

  it.each([
    ['the name', { Name: '改过的名字' }, { Name: '改过的名字' }],
    ['the cover', { Cover: jpeg }, { Cover: expect.stringMatching(/\.jpg$/) as unknown }],
    ['the tags', { Tags: ['新标签'] }, { Tags: ['新标签'] }],
    ['the price', { Price: 0 }, { Price: 0 }],
    ['the GPUs', { SupportedGpuTypes: ['A100'] }, { SupportedGpuTypes: ['A100'] }],
    ['AutoStart', { AutoStart: true }, { AutoStart: true }],
  ])('sends %s back to review, approved by the clock', (_, change, expected) => {
    const { id, groupId } = v.published()
    t.clock.advance(100)
    const edited = v.seconds()
    expect(v.update(id, change)).toMatchObject({ RetCode: 0 })
    expect(v.version(id)).toMatchObject({ ...expected, Status: 'Reviewing', UpdateTime: edited })
    expect(v.market({ GroupId: groupId }).TotalCount).toBe(0)
    t.clock.advance(29)
    expect(v.version(id).Status).toBe('Reviewing')
    t.clock.advance(1)
    expect(v.version(id)).toMatchObject({
      ...expected,
      Status: 'Available',
      UpdateTime: edited + 30,
    })
    expect(v.market({ GroupId: groupId }).CompshareImageGroup[0]?.Data[0]).toMatchObject(expected)
  })

  it('counts a value sent as it already is as no change', () => {
    const { id, name } = v.published({ Cover: png, SupportedGpuTypes: ['4090'], Description: 'd' })
    const before = v.version(id)
    t.clock.advance(5)
    const same = { Name: ` ${name} `, Cover: png, Tags: ['更新测试'], Price: '0.50' }
    expect(
      v.update(id, { ...same, SupportedGpuTypes: ['4090'], AutoStart: false, Description: 'd' }),
    ).toMatchObject({ RetCode: 0 })
    expect(v.version(id)).toEqual(before)
  })

  it('keeps a version in review there, restarting its clock only for a reviewed field', () => {
    const image = publishableImage(t.sandbox)?.id
    t.call('PublishCompShareImage', {
      CompShareImageId: image,
      CommunityImageName: '审核中',
      VersionName: 'v1.0',
    })
    const id = v.group('审核中').Data[0]?.CompShareImageId ?? ''
    t.clock.advance(20)
    expect(v.update(id, { Description: '只改描述' })).toMatchObject({ RetCode: 0 })
    t.clock.advance(10)
    expect(v.version(id).Status).toBe('Available')

    const other = v.published().id
    t.clock.advance(1)
    v.update(other, { Tags: ['a'] })
    t.clock.advance(20)
    expect(v.update(other, { Tags: ['b'] })).toMatchObject({ RetCode: 0 })
    t.clock.advance(29)
    expect(v.version(other)).toMatchObject({ Status: 'Reviewing', Tags: ['b'] })
    t.clock.advance(1)
    expect(v.version(other).Status).toBe('Available')
  })

  it('leaves a seeded version stuck in review stuck, and an offline one offline', () => {
    const stuck = v.group('SD LoRA 训练器').Data[0]?.CompShareImageId ?? ''
    const offline = v.group('Jupyter 数据分析环境').Data[0]?.CompShareImageId ?? ''
    expect(v.update(stuck, { Tags: ['x'] })).toMatchObject({ RetCode: 0 })
    expect(v.update(offline, { Tags: ['x'] })).toMatchObject({ RetCode: 0 })
    t.clock.advance(3600)
    expect(v.version(stuck)).toMatchObject({ Status: 'Reviewing', Tags: ['x'] })
    expect(v.version(offline)).toMatchObject({ Status: 'Offline', Tags: ['x'] })
  })
})
