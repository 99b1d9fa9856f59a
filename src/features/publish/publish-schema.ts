import { z } from 'zod'
import '@/api/zod-setup'
import { gpuTypes, type GpuType } from '@/api/gpu-types'
import type { PublishRequest } from '@/api/actions/publish-comp-share-image'
import { charLength, hasVisibleText, publishLimits, utf8Bytes } from '@/api/limits'
import { compareVersions, highestVersion, isVersionName } from '@/lib/version'

/** Messages are catalogue keys under `publish.errors`, translated where they are shown. */
const required = 'required'

/** At most `max` characters, counted as the service counts them (code points). */
const upTo = (max: number, message: string) =>
  z.string().refine((text) => charLength(text) <= max, message)

/** The caller's groups, as far as validation needs them: each one's version names. */
export interface KnownGroup {
  groupId: string
  versions: readonly { versionName: string }[]
}

/** Versions already in the group the values point at (none for a new group). */
export function existingVersionsFor(
  values: { target: string; groupId: string },
  groups: readonly KnownGroup[],
): string[] {
  if (values.target !== 'existing') return []
  return groups.find((g) => g.groupId === values.groupId)?.versions.map((v) => v.versionName) ?? []
}

export const publishSchema = (groups: readonly KnownGroup[]) =>
  z
    .object({
      imageId: z.string().min(1, required),
      target: z.enum(['new', 'existing']),
      groupId: z.string(),
      versionName: z
        .string()
        .trim()
        .superRefine((name, ctx) => {
          if (!isVersionName(name))
            ctx.addIssue({ code: 'custom', message: name ? 'versionFormat' : required })
        }),
      versionDesc: upTo(publishLimits.versionDescChars, 'tooLong'),
      name: z.string().trim().pipe(upTo(publishLimits.nameChars, 'tooLong')),
      description: upTo(publishLimits.descriptionChars, 'tooLong'),
      tags: z
        .array(
          z
            .string()
            .trim()
            .refine(hasVisibleText, required)
            .pipe(upTo(publishLimits.tagChars, 'tagTooLong')),
        )
        .max(publishLimits.tags, 'tooManyTags'),
      gpus: z.array(z.enum(gpuTypes as [GpuType, ...GpuType[]])),
      applications: z.array(z.string()).max(publishLimits.applications, 'tooManyApplications'),
      cudaVersion: z.string().trim().pipe(upTo(publishLimits.softwareFieldChars, 'tooLong')),
      framework: z.string().trim().pipe(upTo(publishLimits.softwareFieldChars, 'tooLong')),
      frameworkVersion: z.string().trim().pipe(upTo(publishLimits.softwareFieldChars, 'tooLong')),
      autoStart: z.boolean(),
      paid: z.boolean(),
      price: z.string().trim(),
      cover: z.string(),
      readme: z
        .string()
        .refine((text) => utf8Bytes(text) <= publishLimits.readmeBytes, 'readmeTooLarge'),
    })
    .superRefine((values, ctx) => {
      const highest = highestVersion(existingVersionsFor(values, groups))
      const name = values.versionName
      if (highest && isVersionName(name) && compareVersions(name, highest) <= 0) {
        ctx.addIssue({ code: 'custom', path: ['versionName'], message: 'versionNotGreater' })
      }
      if (values.target === 'existing' && !values.groupId) {
        ctx.addIssue({ code: 'custom', path: ['groupId'], message: required })
      }
      if (values.target === 'new' && !hasVisibleText(values.name)) {
        ctx.addIssue({ code: 'custom', path: ['name'], message: required })
      }
      if (values.paid) {
        const problem = priceProblem(values.price)
        if (problem) ctx.addIssue({ code: 'custom', path: ['price'], message: problem })
      }
    })

function priceProblem(price: string): string | null {
  if (!price) return required
  if (!/^\d+(\.\d+)?$/.test(price)) return 'priceFormat'
  if (!/^\d+(\.\d{1,2})?$/.test(price)) return 'priceDecimals'
  const value = Number(price)
  if (value <= 0) return 'priceZero'
  if (value > publishLimits.maxPrice) return 'priceTooHigh'
  return null
}

export type PublishValues = z.input<ReturnType<typeof publishSchema>>

export const emptyValues: PublishValues = {
  imageId: '',
  target: 'new',
  groupId: '',
  versionName: '',
  versionDesc: '',
  name: '',
  description: '',
  tags: [],
  gpus: [],
  applications: [],
  cudaVersion: '',
  framework: '',
  frameworkVersion: '',
  autoStart: false,
  paid: false,
  price: '',
  cover: '',
  readme: '',
}

export const steps = ['image', 'version', 'listing', 'cover', 'readme', 'review'] as const
export type Step = (typeof steps)[number]

export const stepFields: Record<Step, (keyof PublishValues)[]> = {
  image: ['imageId', 'target', 'groupId'],
  version: ['versionName', 'versionDesc'],
  listing: [
    'name',
    'description',
    'tags',
    'gpus',
    'applications',
    'cudaVersion',
    'framework',
    'frameworkVersion',
    'autoStart',
    'paid',
    'price',
  ],
  cover: ['cover'],
  readme: ['readme'],
  review: [],
}

export function toPublishRequest(values: PublishValues): PublishRequest {
  const existing = values.target === 'existing'
  return {
    imageId: values.imageId,
    groupId: existing ? values.groupId : undefined,
    communityImageName: values.name.trim() || undefined,
    versionName: values.versionName.trim(),
    versionDesc: values.versionDesc || undefined,
    price: values.paid ? Number(values.price) : 0,
    cover: values.cover || undefined,
    tags: values.tags,
    description: values.description || undefined,
    readme: values.readme || undefined,
    supportedGpuTypes: values.gpus,
    autoStart: values.autoStart,
    softwares: {
      applications: values.applications,
      cudaVersion: values.cudaVersion.trim() || undefined,
      framework: values.framework.trim() || undefined,
      frameworkVersion: values.frameworkVersion.trim() || undefined,
    },
  }
}

/** Which field a service refusal is about, from its RetCode or the parameter its message names. */
export function fieldForError(
  retCode: number | undefined,
  message: string,
): keyof PublishValues | null {
  const byCode: Record<number, keyof PublishValues> = {
    226601: 'imageId',
    226602: 'imageId',
    226603: 'imageId',
    226604: 'groupId',
    226605: 'versionName',
    226606: 'cover',
  }
  if (retCode !== undefined && retCode in byCode) return byCode[retCode] ?? null
  const byParameter: [RegExp, keyof PublishValues][] = [
    [/CompShareImageId/, 'imageId'],
    [/GroupId/, 'groupId'],
    [/CommunityImageName/, 'name'],
    [/VersionName/, 'versionName'],
    [/VersionDesc/, 'versionDesc'],
    [/Price/, 'price'],
    [/Tags/, 'tags'],
    [/SupportedGpuTypes/, 'gpus'],
    [/Softwares\.CUDAVersion/, 'cudaVersion'],
    [/Softwares\.FrameworkVersion/, 'frameworkVersion'],
    [/Softwares\.Framework/, 'framework'],
    [/Softwares/, 'applications'],
    [/Cover/, 'cover'],
    [/Description/, 'description'],
    [/Readme/, 'readme'],
    // UpdateCompShareImage's own name for the listing's name.
    [/\bName\b/, 'name'],
  ]
  return retCode === 230
    ? (byParameter.find(([pattern]) => pattern.test(message))?.[1] ?? null)
    : null
}
