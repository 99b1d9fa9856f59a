import type { GroupView } from './group-view.ts'
import type { VersionRecord } from '../types.ts'

/** An address of the sandbox's own (a cover, a QR code) as the URL the seed promises. */
function absolute(path: string, origin: string): string {
  return path.startsWith('/') ? origin + path : path
}

/**
 * A version with exactly the field names of the DescribeCommunityImages reference, plus the
 * SDK model's `Softwares` and `Visibility`. `origin` is where the request came to, so covers are whole URLs.
 */
export function versionJson(version: VersionRecord, origin: string) {
  return {
    CompShareImageId: version.id,
    Name: version.name,
    Author: version.author,
    AuthInfo: version.authInfo,
    // A version its author withdrew answers Offline everywhere, whatever its review status.
    Status: version.hidden ? 'Offline' : version.status,
    Visibility: version.hidden ? 0 : 1,
    Price: version.price,
    VersionName: version.versionName,
    VersionDesc: version.versionDesc,
    Description: version.description,
    Tags: [...version.tags],
    SupportedGpuTypes: [...version.gpus],
    Cover: absolute(version.cover, origin),
    Container: version.container ? 'True' : 'False',
    AutoStart: version.autoStart,
    CreateTime: version.createTime,
    UpdateTime: version.updateTime,
    PubTime: version.pubTime,
    Size: version.size,
    Readme: version.readme,
    QrCodeUrl: version.qrCodeUrl && absolute(version.qrCodeUrl, origin),
    SoftwarePorts: version.ports.map((port) => ({ Software: port.Software, Port: port.Port })),
    Softwares: {
      Applications: version.ports.map((port) => port.Software),
      CUDAVersion: version.cudaVersion,
      Framework: version.framework,
      FrameworkVersion: version.frameworkVersion,
    },
  }
}

/** A group: its name and description are those of its current version. */
export function groupJson(view: GroupView, isFavorite: boolean, origin: string) {
  const { group, current } = view
  return {
    GroupId: group.id,
    ImageName: current.name,
    ImageDesc: current.description,
    CreatedCount: group.createdCount,
    FavoritesCount: group.favoritesCount,
    RecommendCount: group.recommendCount,
    ImageUseTime: group.imageUseTime,
    IsFavorite: isFavorite,
    Status: view.available ? 'Available' : 'UnAvailable',
    Data: view.versions.map((version) => versionJson(version, origin)),
  }
}
