// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestSandbox, secondAccount, type TestSandbox } from '../support/sandbox'
import { afterCrash, openFiles, tempFolder } from './file-sandbox'
import { ownVersions, type Group } from './own-versions'

let t: TestSandbox
let v: ReturnType<typeof ownVersions>

beforeEach(() => {
  t = createTestSandbox({ reviewSeconds: 30 })
  v = ownVersions(t)
})

const tags = () => (t.call('DescribeCompShareImageTags') as { Tags: string[] }).Tags

describe('Visibility', () => {
  it('answers Visibility 1 on every version not withdrawn', () => {
    const versions = v.market({ Limit: 100 }).CompshareImageGroup.flatMap((g) => g.Data)
    expect(versions.length).toBeGreaterThan(0)
    expect(versions.every((version) => version.Visibility === 1)).toBe(true)
  })

  it('0 takes a version out of the marketplace, its totals and tags; 1 brings it back', () => {
    const { id, groupId } = v.published({ Tags: ['只此一家'] })
    const before = v.market()
    expect(tags()).toContain('只此一家')
    expect(v.market({ Tag: ['只此一家'] }).TotalCount).toBe(1)

    expect(v.update(id, { Visibility: 0 })).toMatchObject({ RetCode: 0 })
    expect(v.market({ GroupId: groupId })).toMatchObject({ TotalCount: 0, CompshareImageGroup: [] })
    expect(v.market({ CompShareImageId: id }).TotalCount).toBe(0)
    expect(v.market({ Tag: ['只此一家'] }).TotalCount).toBe(0)
    expect(v.market()).toMatchObject({
      TotalCount: before.TotalCount - 1,
      AvailableTotalCount: before.AvailableTotalCount - 1,
    })
    expect(tags()).not.toContain('只此一家')
    expect(v.version(id)).toMatchObject({ Status: 'Offline', Visibility: 0 })
    expect(v.mine({ GroupId: groupId }).CompshareImageGroup[0]?.Status).toBe('UnAvailable')
    // Nobody else can find the group any more, so nobody else can star it.
    expect(
      t.call('CreateCompShareImageFavorite', { GroupId: groupId }, secondAccount),
    ).toMatchObject({ RetCode: 230 })

    expect(v.update(id, { Visibility: 1 })).toMatchObject({ RetCode: 0 })
    expect(v.version(id)).toMatchObject({ Status: 'Available', Visibility: 1 })
    expect(v.market()).toMatchObject({
      TotalCount: before.TotalCount,
      AvailableTotalCount: before.AvailableTotalCount,
    })
    expect(tags()).toContain('只此一家')
  })

  it('hides one version of a group: the group stays, its next online version current', () => {
    const group = v.group('我的 ComfyUI 工作流')
    const [newest, older] = group.Data
    expect([newest?.Status, older?.Status]).toEqual(['Available', 'Available'])
    v.update(newest?.CompShareImageId ?? '', { Visibility: 0 })
    const listed = v.market({ GroupId: group.GroupId }).CompshareImageGroup[0] as Group
    expect(listed.Data.map((d) => d.CompShareImageId)).not.toContain(newest?.CompShareImageId)
    expect(listed.Data).toHaveLength(group.Data.length - 1)
    expect(listed.Status).toBe('Available')
    expect(v.group('我的 ComfyUI 工作流').Data[0]).toMatchObject({
      Status: 'Offline',
      Visibility: 0,
    })
  })

  it('hides a group whose only listed version it was, though another is in review', () => {
    const group = v.group('Qwen2.5 vLLM API 服务')
    const online = group.Data.find((d) => d.Status === 'Available')?.CompShareImageId ?? ''
    expect(v.market({ GroupId: group.GroupId }).TotalCount).toBe(1)
    v.update(online, { Visibility: 0 })
    expect(v.market({ GroupId: group.GroupId }).TotalCount).toBe(0)
  })

  it('keeps the review clock running under a hidden version', () => {
    const { id } = v.published()
    v.update(id, { Tags: ['改了'], Visibility: 0 })
    expect(v.version(id)).toMatchObject({ Status: 'Offline', Visibility: 0 })
    t.clock.advance(30)
    expect(v.version(id)).toMatchObject({ Status: 'Offline', Visibility: 0 })
    v.update(id, { Visibility: 1 })
    expect(v.version(id)).toMatchObject({ Status: 'Available', Visibility: 1, Tags: ['改了'] })

    v.update(id, { Visibility: 0 })
    v.update(id, { Name: '又改了' })
    v.update(id, { Visibility: 1 })
    expect(v.version(id).Status).toBe('Reviewing')
  })
})

describe('an edit after a restart', () => {
  it('survives a crash and a clean restart, and its review completes after either', () => {
    const dir = tempFolder()
    const first = openFiles(dir)
    first.publish('重启之后')
    first.clock.advance(30)
    const id = first.group('重启之后')?.versions[0]?.id ?? ''
    const edit = { Action: 'UpdateCompShareImage', CompShareImageId: id }
    expect(first.call({ ...edit, Tags: ['持久'], Description: '留下' }).body).toMatchObject({
      RetCode: 0,
    })

    // The journal alone carries the edit: the snapshot was written before it.
    const crashed = openFiles(afterCrash(dir))
    expect(crashed.group('重启之后')?.versions[0]).toMatchObject({
      tags: ['持久'],
      description: '留下',
      status: 'Reviewing',
    })
    crashed.clock.advance(60)
    const own = crashed.call({ Action: 'DescribeSelfCommunityImages', Name: '重启之后' }).body
    expect((own.CompshareImageGroup as Group[])[0]?.Data[0]).toMatchObject({
      Status: 'Available',
      Tags: ['持久'],
    })
    expect(crashed.call({ ...edit, Visibility: 0 }).body).toMatchObject({ RetCode: 0 })
    crashed.sandbox.close()

    const reopened = openFiles(crashed.dataDir)
    expect(reopened.group('重启之后')?.versions[0]).toMatchObject({
      hidden: true,
      status: 'Available',
      tags: ['持久'],
    })
    const listed = reopened.call({ Action: 'DescribeCommunityImages', Name: '重启之后' }).body
    expect(listed).toMatchObject({ TotalCount: 0 })
  })
})
