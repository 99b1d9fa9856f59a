import type { ActionContext } from './context.ts'
import { invalidParameter, missingParameter, RetCode, SandboxError } from './errors.ts'
import * as listing from './field-checks.ts'
import { optionalBoolean, optionalText, type Fields } from './params.ts'
import type { GroupRecord, VersionRecord } from '../types.ts'
import { publishLimits as limits } from '../../api/limits.ts'

/** What an update asks for; undefined (null for the cover) leaves a field as it is. */
export interface UpdateInput {
  group: GroupRecord
  version: VersionRecord
  name: string | undefined
  price: number | undefined
  tags: string[] | undefined
  gpus: string[] | undefined
  cover: listing.CoverUpload | null
  autoStart: boolean | undefined
  description: string | undefined
  versionDesc: string | undefined
  readme: string | undefined
  hidden: boolean | undefined
}

/** The fields UpdateCompShareImage edits, as the official CLI sends them. */
export const updateFields = [
  'GroupId',
  'Name',
  'Description',
  'Visibility',
  'Price',
  'Cover',
  'Readme',
  'Tags',
  'VersionName',
  'VersionDesc',
  'SupportedGpuTypes',
  'AutoStart',
] as const

const isSent = (fields: Fields, name: string) =>
  fields[name] !== undefined || Object.keys(fields).some((key) => key.startsWith(`${name}.`))

/** A published version in one of the caller's groups; the same answer as publish's for images. */
function target(fields: Fields, { catalogue, account }: ActionContext) {
  const id = optionalText(fields, 'CompShareImageId')
  if (id === undefined) throw missingParameter('CompShareImageId')
  const group = catalogue.versionGroup(id)
  const version = group?.versions.find((candidate) => candidate.id === id)
  if (!group || !version || group.owner !== account.nickname) {
    throw new SandboxError(
      RetCode.imageNotFound,
      `Image ${id} not found among your published versions`,
    )
  }
  return { group, version }
}

/**
 * A version keeps its name and its group: users and links refer to a release by them. The
 * values it already has are accepted, and change nothing.
 */
function unchangeable(fields: Fields, group: GroupRecord, version: VersionRecord): void {
  const groupId = optionalText(fields, 'GroupId')
  if (groupId !== undefined && groupId !== group.id) {
    throw invalidParameter(
      'GroupId',
      `a version cannot move to another group (it is in ${group.id})`,
    )
  }
  const versionName = optionalText(fields, 'VersionName')
  if (versionName !== undefined && versionName !== version.versionName) {
    throw invalidParameter(
      'VersionName',
      `a published version cannot be renamed (it is ${version.versionName})`,
    )
  }
}

function visibility(fields: Fields): boolean | undefined {
  const value = fields.Visibility
  if (value === undefined) return undefined
  if (value !== '0' && value !== '1') throw invalidParameter('Visibility', 'must be 0 or 1')
  return value === '0'
}

const ifSent = <T>(fields: Fields, name: string, read: () => T): T | undefined =>
  fields[name] === undefined ? undefined : read()

const nonEmpty = (values: string[]) => (values.length > 0 ? values : undefined)

/**
 * The same checks as publish (field-checks.ts), in the same order, on the fields that were
 * sent. A list cannot be sent empty on the wire, so no Tags means the tags stay as they are.
 */
export function validateUpdate(fields: Fields, context: ActionContext): UpdateInput {
  const { group, version } = target(fields, context)
  if (!updateFields.some((name) => isSent(fields, name))) {
    throw new SandboxError(
      RetCode.invalidParameter,
      `Specify at least one field to update (${updateFields.join(', ')})`,
    )
  }
  unchangeable(fields, group, version)
  return {
    group,
    version,
    name: listing.nameField(fields, 'Name'),
    price: listing.priceField(fields),
    tags: nonEmpty(listing.tagsField(fields)),
    gpus: nonEmpty(listing.gpusField(fields)),
    cover: listing.coverField(fields),
    description: ifSent(fields, 'Description', () =>
      listing.limitedText(fields, 'Description', limits.descriptionChars),
    ),
    versionDesc: ifSent(fields, 'VersionDesc', () =>
      listing.limitedText(fields, 'VersionDesc', limits.versionDescChars),
    ),
    autoStart: ifSent(fields, 'AutoStart', () => optionalBoolean(fields, 'AutoStart')),
    readme: listing.readmeField(fields),
    hidden: visibility(fields),
  }
}
