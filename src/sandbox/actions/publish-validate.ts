import type { ActionContext } from './context.ts'
import { invalidParameter, missingParameter, RetCode, SandboxError } from './errors.ts'
import {
  coverField,
  gpusField,
  limitedText,
  nameField,
  priceField,
  readmeField,
  tagsField,
  type CoverUpload,
} from './field-checks.ts'
import { list, optionalBoolean, optionalText, type Fields } from './params.ts'
import { softwarePorts } from './software-ports.ts'
import { publishLimits as limits } from '../../api/limits.ts'
import type { CustomImageRecord, GroupRecord, SoftwarePort } from '../types.ts'
import { compareVersions, highestVersion, isVersionName } from '../../lib/version.ts'

export interface PublishInput {
  image: CustomImageRecord
  group: GroupRecord | null
  name: string | undefined
  versionName: string
  versionDesc: string
  price: number
  tags: string[]
  gpus: string[]
  cover: CoverUpload | null
  description: string
  readme: string
  autoStart: boolean
  ports: SoftwarePort[]
  cudaVersion: string
  framework: string
  frameworkVersion: string
}

function image(fields: Fields, { catalogue, account }: ActionContext): CustomImageRecord {
  const id = optionalText(fields, 'CompShareImageId')
  if (id === undefined) throw missingParameter('CompShareImageId')
  const found = catalogue.customImage(id)
  if (!found || found.owner !== account.publicKey) {
    throw new SandboxError(RetCode.imageNotFound, `Image ${id} not found among your custom images`)
  }
  if (found.status !== 'Available') {
    throw new SandboxError(
      RetCode.imageNotAvailable,
      `Image ${id} is ${found.status}, not Available`,
    )
  }
  if (!found.container) {
    throw new SandboxError(
      RetCode.imageNotContainer,
      `Image ${id} is a virtual-machine image; only container images can be published`,
    )
  }
  return found
}

function group(fields: Fields, { catalogue, account }: ActionContext): GroupRecord | null {
  const id = optionalText(fields, 'GroupId')
  if (id === undefined) return null
  const found = catalogue.group(id)
  if (!found || found.owner !== account.nickname) {
    throw new SandboxError(RetCode.groupNotFound, `Group ${id} not found among your groups`)
  }
  return found
}

function versionName(fields: Fields, target: GroupRecord | null): string {
  const name = optionalText(fields, 'VersionName')
  if (name === undefined) throw missingParameter('VersionName')
  if (!isVersionName(name)) {
    throw invalidParameter('VersionName', 'must be v followed by two to four dot-separated numbers')
  }
  const highest = highestVersion(target?.versions.map((version) => version.versionName) ?? [])
  if (highest !== undefined && compareVersions(name, highest) <= 0) {
    throw new SandboxError(
      RetCode.versionNotGreater,
      `VersionName ${name} must be greater than ${highest}, the highest version in this group`,
    )
  }
  return name
}

/** `Softwares.*`: applications from DescribeCompShareSoftwarePort become the version's ports. */
function softwares(fields: Fields) {
  const names = list(fields, 'Softwares.Applications')
  if (names.length > limits.applications) {
    throw invalidParameter(
      'Softwares.Applications',
      `at most ${limits.applications} applications, got ${names.length}`,
    )
  }
  const ports = [...new Set(names)].map((name, i) => {
    const known = softwarePorts.find((port) => port.Software === name)
    if (!known) {
      throw invalidParameter(
        `Softwares.Applications.${i}`,
        `unknown application "${name}" (see DescribeCompShareSoftwarePort)`,
      )
    }
    return { ...known }
  })
  const text = (name: string) => limitedText(fields, `Softwares.${name}`, limits.softwareFieldChars)
  return {
    ports,
    cudaVersion: text('CUDAVersion'),
    framework: text('Framework'),
    frameworkVersion: text('FrameworkVersion'),
  }
}

/** Every check, in a fixed order, so each failure has one precise answer. */
export function validatePublish(fields: Fields, context: ActionContext): PublishInput {
  const picked = image(fields, context)
  const target = group(fields, context)
  const name = nameField(fields, 'CommunityImageName')
  if (name === undefined && !target) throw missingParameter('CommunityImageName')
  return {
    image: picked,
    group: target,
    name,
    versionName: versionName(fields, target),
    price: priceField(fields) ?? 0,
    tags: tagsField(fields),
    gpus: gpusField(fields),
    cover: coverField(fields),
    description: limitedText(fields, 'Description', limits.descriptionChars),
    versionDesc: limitedText(fields, 'VersionDesc', limits.versionDescChars),
    autoStart: optionalBoolean(fields, 'AutoStart'),
    ...softwares(fields),
    // Last: the largest field is measured once everything else has passed.
    readme: readmeField(fields) ?? '',
  }
}
