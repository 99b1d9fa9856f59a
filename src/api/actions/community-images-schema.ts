import * as z from 'zod/mini'
import type { RawAnswer } from '../client'
import { canonicalGpuType } from '../gpu-types'
import { bool, list, normalize, num, shaped, str } from '../normalize'

// The answer of DescribeCommunityImages and DescribeSelfCommunityImages, checked and renamed.
// A chunk of its own: the first page's request is sent without waiting for it (ADR 0016).

/** 0 ordinary creator, 1 official account, 2 certified author. */
const authInfo = z.pipe(
  num(),
  z.transform((value): AuthorKind =>
    value === 1 ? 'official' : value === 2 ? 'certified' : 'creator',
  ),
)
export type AuthorKind = 'creator' | 'official' | 'certified'

const softwarePort = shaped({ Software: str, Port: num() }, (port) => ({
  software: port.Software,
  port: port.Port,
}))

/**
 * What runs in the version, as the publisher declared it (SDK model `Software`). Only shown, so
 * a shape the models do not promise (the update schema has it as a string) reads as nothing
 * declared rather than failing the whole page.
 */
const softwares = z.pipe(
  z.catch(
    z.nullish(
      z.object({
        Applications: list(z.string()),
        CUDAVersion: str,
        Framework: str,
        FrameworkVersion: str,
      }),
    ),
    null,
  ),
  z.transform((s) => ({
    applications: s?.Applications ?? [],
    cudaVersion: s?.CUDAVersion ?? '',
    framework: s?.Framework ?? '',
    frameworkVersion: s?.FrameworkVersion ?? '',
  })),
)

/**
 * SDK model `Visibility`: 0 when the author withdrew the version, else 1. Listings that do not
 * send it list public versions, so absent (or anything else) reads as 1.
 */
const visibility = z.pipe(
  z.catch(num(1), 1),
  z.transform((value): 0 | 1 => (value === 0 ? 0 : 1)),
)

const version = shaped(
  {
    CompShareImageId: z.string().check(z.minLength(1)),
    Name: str,
    Author: str,
    AuthInfo: authInfo,
    Status: str,
    Price: num(),
    VersionName: str,
    VersionDesc: str,
    Description: str,
    Tags: list(z.string()),
    SupportedGpuTypes: list(z.string()),
    Cover: str,
    Container: bool,
    AutoStart: bool,
    CreateTime: num(),
    UpdateTime: num(),
    PubTime: num(),
    Size: num(),
    Readme: str,
    QrCodeUrl: str,
    SoftwarePorts: list(softwarePort),
    Softwares: softwares,
    Visibility: visibility,
  },
  (v) => ({
    imageId: v.CompShareImageId,
    name: v.Name,
    author: v.Author,
    authorKind: v.AuthInfo,
    status: v.Status,
    price: v.Price,
    versionName: v.VersionName,
    versionDesc: v.VersionDesc,
    description: v.Description,
    tags: v.Tags,
    // Older listings name some types differently (`4090(48G)`); the app speaks today's names.
    supportedGpuTypes: [...new Set(v.SupportedGpuTypes.map(canonicalGpuType))],
    coverUrl: v.Cover,
    isContainer: v.Container,
    autoStart: v.AutoStart,
    createTime: v.CreateTime,
    updateTime: v.UpdateTime,
    pubTime: v.PubTime,
    sizeMb: v.Size,
    readme: v.Readme,
    qrCodeUrl: v.QrCodeUrl,
    softwarePorts: v.SoftwarePorts,
    softwares: v.Softwares,
    visibility: v.Visibility,
  }),
)

const group = shaped(
  {
    GroupId: z.string().check(z.minLength(1)),
    ImageName: str,
    ImageDesc: str,
    CreatedCount: num(),
    FavoritesCount: num(),
    RecommendCount: num(),
    ImageUseTime: num(),
    IsFavorite: bool,
    Status: str,
    Data: list(version),
  },
  (g) => ({
    groupId: g.GroupId,
    name: g.ImageName,
    description: g.ImageDesc,
    createdCount: g.CreatedCount,
    favoritesCount: g.FavoritesCount,
    recommendCount: g.RecommendCount,
    usage: g.ImageUseTime,
    isFavorite: g.IsFavorite,
    isAvailable: g.Status === 'Available',
    versions: g.Data,
  }),
)

const page = shaped(
  {
    TotalCount: num(-1),
    AvailableTotalCount: num(-1),
    CompshareImageGroup: z.optional(z.nullable(z.array(group))),
    // The SDK reads DescribeSelfCommunityImages from ImageSetGroup, the CLI from
    // CompshareImageGroup: either may be what the service sends.
    ImageSetGroup: z.optional(z.nullable(z.array(group))),
  },
  (p) => ({
    // Absent totals are unknown, not zero: null lets the UI say "more" instead of "0 results".
    totalCount: p.TotalCount < 0 ? null : p.TotalCount,
    availableTotalCount: p.AvailableTotalCount < 0 ? null : p.AvailableTotalCount,
    groups: p.CompshareImageGroup ?? p.ImageSetGroup ?? [],
  }),
)

export type CommunityImageVersion = z.output<typeof version>
export type CommunityImageGroup = z.output<typeof group>
export type CommunityImagesPage = z.output<typeof page>

export function readImageGroups(
  answer: RawAnswer,
  action: 'DescribeCommunityImages' | 'DescribeSelfCommunityImages',
): CommunityImagesPage {
  return normalize(page, answer, action)
}
