import type { ActionContext } from './action-context.ts'
import { sniffImage } from './covers.ts'
import { invalidParameter, missingParameter, RetCode, SandboxError } from './errors.ts'
import { list, optionalBoolean, optionalText, type Fields } from './params.ts'
import { softwarePorts } from './software-ports.ts'
import { gpuTypes } from '../api/gpu-types.ts'
import { charLength, hasVisibleText, publishLimits as limits, utf8Bytes } from '../api/limits.ts'
import type { CustomImageRecord, GroupRecord, SoftwarePort } from './types.ts'
import { compareVersions, highestVersion, isVersionName } from '../lib/version.ts'

export interface PublishInput {
  image: CustomImageRecord
  group: GroupRecord | null
  name: string | undefined
  versionName: string
  versionDesc: string
  price: number
  tags: string[]
  gpus: string[]
  cover: { bytes: Uint8Array; extension: 'png' | 'jpg' | 'webp' } | null
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

function price(fields: Fields): number {
  const text = fields.Price
  if (text === undefined || text === '') return 0
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw invalidParameter('Price', 'must be a number')
  const value = Number(text)
  if (value < 0) throw invalidParameter('Price', 'must not be negative')
  if (value > limits.maxPrice) throw invalidParameter('Price', `must be at most ${limits.maxPrice}`)
  if ((text.split('.')[1] ?? '').replace(/0+$/, '').length > limits.priceDecimals) {
    throw invalidParameter('Price', `must have at most ${limits.priceDecimals} decimals`)
  }
  return value
}

function tags(fields: Fields): string[] {
  const values = list(fields, 'Tags')
  if (values.length > limits.tags) {
    throw invalidParameter('Tags', `at most ${limits.tags} tags, got ${values.length}`)
  }
  const trimmed = values.map((tag, i) => {
    if (!hasVisibleText(tag)) throw invalidParameter(`Tags.${i}`, 'must not be empty')
    if (charLength(tag.trim()) > limits.tagChars) {
      throw invalidParameter(`Tags.${i}`, `must be at most ${limits.tagChars} characters`)
    }
    return tag.trim()
  })
  return [...new Set(trimmed)]
}

function gpus(fields: Fields): string[] {
  const values = list(fields, 'SupportedGpuTypes')
  values.forEach((gpu, i) => {
    if (!(gpuTypes as readonly string[]).includes(gpu)) {
      throw invalidParameter(
        `SupportedGpuTypes.${i}`,
        `unknown GPU type "${gpu}" (known: ${gpuTypes.join(', ')})`,
      )
    }
  })
  return [...new Set(values)]
}

function cover(fields: Fields): PublishInput['cover'] {
  const text = optionalText(fields, 'Cover')
  if (text === undefined) return null
  const fail = (reason: string) =>
    new SandboxError(RetCode.coverInvalid, `Parameter Cover is not valid: ${reason}`)
  if (/^data:/i.test(text)) throw fail('send plain Base64, without a data: prefix')
  const compact = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw fail('not Base64')
  }
  // Refuse by arithmetic before decoding: 3 bytes per 4 characters.
  if (Math.floor((compact.replace(/=+$/, '').length * 3) / 4) > limits.coverBytes) {
    throw fail(`the image is larger than ${limits.coverBytes / 1024 / 1024} MB`)
  }
  const bytes = new Uint8Array(Buffer.from(compact, 'base64'))
  const extension = sniffImage(bytes)
  if (!extension) throw fail('not a PNG, JPEG or WebP image')
  return { bytes, extension }
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

/** At most `max` characters, trimmed, as the form sends it. */
function limitedText(fields: Fields, name: string, max: number): string {
  const value = (fields[name] ?? '').trim()
  if (charLength(value) > max) throw invalidParameter(name, `must be at most ${max} characters`)
  return value
}

/** Every check, in a fixed order, so each failure has one precise answer. */
export function validatePublish(fields: Fields, context: ActionContext): PublishInput {
  const picked = image(fields, context)
  const target = group(fields, context)
  // Zero-width and other invisible characters alone are no name at all.
  const raw = optionalText(fields, 'CommunityImageName')
  const name = raw !== undefined && hasVisibleText(raw) ? raw.trim() : undefined
  if (name === undefined) {
    if (raw !== undefined) throw invalidParameter('CommunityImageName', 'has no visible text')
    if (!target) throw missingParameter('CommunityImageName')
  } else if (charLength(name) > limits.nameChars) {
    throw invalidParameter('CommunityImageName', `must be at most ${limits.nameChars} characters`)
  }
  const input = {
    image: picked,
    group: target,
    name,
    versionName: versionName(fields, target),
    price: price(fields),
    tags: tags(fields),
    gpus: gpus(fields),
    cover: cover(fields),
    description: limitedText(fields, 'Description', limits.descriptionChars),
    versionDesc: limitedText(fields, 'VersionDesc', limits.versionDescChars),
    readme: fields.Readme ?? '',
    autoStart: optionalBoolean(fields, 'AutoStart'),
    ...softwares(fields),
  }
  if (utf8Bytes(input.readme) > limits.readmeBytes) {
    throw invalidParameter('Readme', `must be at most ${limits.readmeBytes / 1024} KB (UTF-8)`)
  }
  return input
}
