import type { ActionHandler } from './context.ts'
import { invalidParameter, missingParameter } from './errors.ts'
import { optionalText, type Fields } from './params.ts'

/** What DescribeCompShareSupportZone answers (SDK model SupportZone), every region's zones. */
export const supportZones = [
  { Region: 'cn-wlcb', RegionId: 1000010, Zone: 'cn-wlcb-01', ZoneId: 10100, Describe: '华北二A' },
  { Region: 'cn-sh2', RegionId: 1000005, Zone: 'cn-sh2-02', ZoneId: 5002, Describe: '上海二B' },
  { Region: 'cn-bj2', RegionId: 1000002, Zone: 'cn-bj2-05', ZoneId: 2005, Describe: '北京二E' },
] as const

const regions: readonly string[] = [...new Set(supportZones.map((zone) => zone.Region))]

/**
 * Where each action needs Region and Zone. The SDK's schemas mark Region required on all of
 * these but DescribeCompShareImageTags (and two instance actions the sandbox holds to it too),
 * and Zone required on the image actions; the seeds'
 * own examples of DescribeCommunityImages and PublishCompShareImage send no Zone, so those two
 * accept its absence. Favourites are not in the SDK, and the official CLI sends them neither.
 */
const rules: Readonly<Record<string, { region: boolean; zone: boolean }>> = {
  DescribeCommunityImages: { region: true, zone: false },
  PublishCompShareImage: { region: true, zone: false },
  UpdateCompShareImage: { region: true, zone: true },
  DescribeSelfCommunityImages: { region: true, zone: true },
  DescribeCompShareCustomImages: { region: true, zone: true },
  DescribeCompShareImageTags: { region: false, zone: false },
  DescribeCompShareSoftwarePort: { region: true, zone: false },
  DescribeCompShareSupportZone: { region: true, zone: false },
  CreateCompShareImageFavorite: { region: false, zone: false },
  DeleteCompShareImageFavorite: { region: false, zone: false },
  // The instance actions (docs/decisions/0027): Region always; Zone where the SDK requires it
  // (and the docs, on CheckCompShareResourceCapacity, which the SDK lacks).
  DescribeAvailableCompShareInstanceTypes: { region: true, zone: false },
  CheckCompShareResourceCapacity: { region: true, zone: true },
  GetCompShareInstancePrice: { region: true, zone: true },
  CreateCompShareInstance: { region: true, zone: true },
  DescribeCompShareInstance: { region: true, zone: false },
  StartCompShareInstance: { region: true, zone: true },
  StopCompShareInstance: { region: true, zone: true },
  RebootCompShareInstance: { region: true, zone: true },
  TerminateCompShareInstance: { region: true, zone: true },
  UpdateCompShareStopScheduler: { region: true, zone: false },
  DeleteCompShareStopScheduler: { region: true, zone: false },
}

/** Refuses a missing, unknown or mismatched Region or Zone, naming it, as the service does. */
export function checkLocation(action: string, fields: Fields): void {
  const rule = rules[action] ?? { region: true, zone: true }
  const region = optionalText(fields, 'Region')
  const zone = optionalText(fields, 'Zone')
  if (region === undefined && rule.region) throw missingParameter('Region')
  if (region !== undefined && !regions.includes(region)) {
    throw invalidParameter('Region', `unknown region ${region} (known: ${regions.join(', ')})`)
  }
  if (zone === undefined) {
    if (rule.zone) throw missingParameter('Zone')
    return
  }
  const known = supportZones.find((candidate) => candidate.Zone === zone)
  if (!known) throw invalidParameter('Zone', `unknown zone ${zone}`)
  if (region !== undefined && known.Region !== region) {
    throw invalidParameter('Zone', `${zone} is not a zone of region ${region}`)
  }
}

export const describeSupportZone: ActionHandler = () => ({
  ZoneInfo: supportZones.map((zone) => ({ ...zone })),
})
