import type { GroupView } from './group-view.ts'
import type { VersionRecord } from './types.ts'

/** A version with exactly the field names of the DescribeCommunityImages reference. */
export function versionJson(version: VersionRecord) {
  return {
    CompShareImageId: version.id,
    Name: version.name,
    Author: version.author,
    AuthInfo: version.authInfo,
    Status: version.status,
    Price: version.price,
    VersionName: version.versionName,
    VersionDesc: version.versionDesc,
    Description: version.description,
    Tags: [...version.tags],
    SupportedGpuTypes: [...version.gpus],
    Cover: version.cover,
    Container: version.container ? 'True' : 'False',
    AutoStart: version.autoStart,
    CreateTime: version.createTime,
    UpdateTime: version.updateTime,
    PubTime: version.pubTime,
    Size: version.size,
    Readme: version.readme,
    QrCodeUrl: version.qrCodeUrl,
    SoftwarePorts: version.ports.map((port) => ({ Software: port.Software, Port: port.Port })),
  }
}

/** A group: its name and description are those of its current version. */
export function groupJson(view: GroupView, isFavorite: boolean) {
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
    Data: view.versions.map(versionJson),
  }
}
