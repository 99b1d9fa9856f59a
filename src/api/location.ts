/**
 * Where requests go. Region is sent on every action; Zone on exactly the actions whose schema in
 * UCloud's SDK (ucompshare/schemas/apis.py) has a Zone field. Those are the actions whose
 * answers belong to one zone; the rest (favourites, software ports, zones) are region-wide.
 */
export const zonedActions: ReadonlySet<string> = new Set([
  'DescribeCommunityImages',
  'DescribeSelfCommunityImages',
  'DescribeCompShareCustomImages',
  'DescribeCompShareImageTags',
  'PublishCompShareImage',
  'UpdateCompShareImage',
  'DescribeAvailableCompShareInstanceTypes',
  'CheckCompShareResourceCapacity',
  'GetCompShareInstancePrice',
  'CreateCompShareInstance',
  'StartCompShareInstance',
  'StopCompShareInstance',
  'TerminateCompShareInstance',
  'UpdateCompShareStopScheduler',
])

export const regions = ['cn-wlcb', 'cn-sh2', 'cn-bj2'] as const
export type Region = (typeof regions)[number]

export const defaultRegion: Region = 'cn-wlcb'
/** The zone of the default region that the SDK's and the docs' examples use. */
export const defaultZone = 'cn-wlcb-01'
