/**
 * Where requests go. Region is sent on every action; Zone on every action whose schema in
 * UCloud's SDK (ucompshare/schemas/apis.py) has a Zone field, which is all of them but these:
 * favourites, software ports and zones are region-wide, and an account's instances are listed
 * from every zone of the region.
 */
export const regionWideActions: ReadonlySet<string> = new Set([
  'CreateCompShareImageFavorite',
  'DeleteCompShareImageFavorite',
  'DescribeCompShareSoftwarePort',
  'DescribeCompShareSupportZone',
  'DescribeCompShareInstance',
])

export const regions = ['cn-wlcb', 'cn-sh2', 'cn-bj2'] as const
export type Region = (typeof regions)[number]

export const defaultRegion: Region = 'cn-wlcb'
/** The zone of the default region that the SDK's and the docs' examples use. */
export const defaultZone = 'cn-wlcb-01'
