import { expect } from 'vitest'
import { publishableImage, type TestSandbox } from '../support/sandbox'

/** What the sandbox's tests read of a version and a group in the listings' answers. */
export interface Version {
  CompShareImageId: string
  Name: string
  Status: string
  Visibility: number
  VersionName: string
  Price: number
  Tags: string[]
  SupportedGpuTypes: string[]
  AutoStart: boolean
  Cover: string
  Container: string
  Description: string
  VersionDesc: string
  Readme: string
  Size: number
  PubTime: number
  UpdateTime: number
  SoftwarePorts: unknown[]
}
export interface Group {
  GroupId: string
  ImageName: string
  Status: string
  Data: Version[]
}
export interface Listing {
  TotalCount: number
  AvailableTotalCount: number
  CompshareImageGroup: Group[]
}

/** The listings and an update, as the demo account calls them, over one test sandbox. */
export function ownVersions(t: TestSandbox) {
  const mine = (params: Record<string, unknown> = {}) =>
    t.call('DescribeSelfCommunityImages', { Limit: 100, ...params }) as unknown as Listing
  const market = (params: Record<string, unknown> = {}) =>
    t.call('DescribeCommunityImages', params) as unknown as Listing
  const update = (id: string, params: Record<string, unknown>) =>
    t.call('UpdateCompShareImage', { CompShareImageId: id, ...params })
  /** One version of the caller's own, as DescribeSelfCommunityImages answers it. */
  const version = (id: string) =>
    mine()
      .CompshareImageGroup.flatMap((group) => group.Data)
      .find((candidate) => candidate.CompShareImageId === id) as Version
  /** The group the caller owns by that name, newest version first. */
  const group = (name: string) =>
    mine().CompshareImageGroup.find((candidate) => candidate.ImageName === name) as Group
  const seconds = () => Math.floor(t.clock.now() / 1000)

  /** Publishes a new group of one version and lets the review clock approve it. */
  const published = (params: Record<string, unknown> = {}) => {
    const name = `更新测试 ${Math.random().toString(36).slice(2, 8)}`
    expect(
      t.call('PublishCompShareImage', {
        CompShareImageId: publishableImage(t.sandbox)?.id,
        CommunityImageName: name,
        VersionName: 'v1.0',
        Tags: ['更新测试'],
        Price: 0.5,
        ...params,
      }),
    ).toMatchObject({ RetCode: 0 })
    t.clock.advance(30)
    const created = group(name).Data[0] as Version
    expect(created.Status).toBe('Available')
    return { name, id: created.CompShareImageId, groupId: group(name).GroupId }
  }
  return { mine, market, update, version, group, seconds, published }
}
