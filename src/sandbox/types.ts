/** The sandbox's persisted state: plain JSON, so it survives a restart byte for byte. */
export interface SandboxState {
  /** Bumped when the shape changes; a file of another format is set aside and reseeded. */
  format: typeof stateFormat
  seed: number
  /** Unix seconds every seeded time is relative to: the moment the state was first seeded. */
  epoch: number
  groups: GroupRecord[]
  customImages: CustomImageRecord[]
  /** Group ids each account (by PublicKey) has starred. */
  favorites: Record<string, string[]>
  /** Generated covers, by cover key (the file name in the cover URL). */
  generatedCovers: Record<string, CoverSpec>
  /** Every account's instances, oldest first; a terminated one is removed. */
  instances: InstanceRecord[]
}

/** 3 added `instances`; a format-2 file is read as one with none (state/upgrade.ts). */
export const stateFormat = 3

export type VersionStatus = 'Available' | 'Offline' | 'Reviewing'
export type AuthInfo = 0 | 1 | 2

export interface SoftwarePort {
  Software: string
  Port: number
}

export interface GroupRecord {
  id: string
  /** The author nickname that owns the group; only they may publish into it. */
  owner: string
  createdCount: number
  /** Everyone's favourites, the sandbox accounts' included (starring changes it by one). */
  favoritesCount: number
  recommendCount: number
  imageUseTime: number
  /** Oldest first: a later entry is always a newer version. */
  versions: VersionRecord[]
}

export interface VersionRecord {
  id: string
  name: string
  author: string
  authInfo: AuthInfo
  status: VersionStatus
  /** Seeded "stuck in review" versions stay Reviewing; published ones are approved by the clock. */
  autoApprove: boolean
  price: number
  versionName: string
  versionDesc: string
  description: string
  tags: string[]
  gpus: string[]
  cover: string
  container: boolean
  autoStart: boolean
  createTime: number
  updateTime: number
  pubTime: number
  /** When its review (re)started, if an edit sent it back; the clock counts from pubTime otherwise. */
  reviewSince?: number
  /**
   * Withdrawn by its author (UpdateCompShareImage Visibility 0): answered Offline with
   * Visibility 0, and not in the marketplace. `status` carries on underneath.
   */
  hidden?: boolean
  size: number
  readme: string
  qrCodeUrl: string
  /** SoftwarePorts; the Software names are the version's Softwares.Applications. */
  ports: SoftwarePort[]
  cudaVersion: string
  framework: string
  frameworkVersion: string
}

/** The SDK model's statuses a custom image goes through (it also knows Reviewing, Offline). */
export type CustomImageStatus = 'Available' | 'Making' | 'UnAvailable'

export interface CustomImageRecord {
  id: string
  /** PublicKey of the account that made the image. */
  owner: string
  name: string
  status: CustomImageStatus
  /** A container image; false is a virtual-machine image, which cannot be published. */
  container: boolean
  size: number
  createTime: number
  description: string
}

/** Enough to redraw a seeded cover identically: the SVG is rendered on request. */
export interface CoverSpec {
  title: string
  subtitle: string
  hue: number
  motif: number
}

/** The instance states the sandbox goes through (the service also knows Resizing and more). */
export type InstanceState =
  'Initializing' | 'Starting' | 'Running' | 'Stopping' | 'Stopped' | 'Rebooting' | 'Install Fail'

export type ChargeType = 'Month' | 'Day' | 'Dynamic' | 'Postpay' | 'Spot'

/** What an instance was started from, copied at creation: the listing may change later. */
export interface InstanceImage {
  id: string
  kind: 'Community' | 'Custom'
  /** The group's name (a community version's name), or the custom image's. */
  name: string
  author: string
  versionName: string
  /** Yuan per hour, the image's own fee. */
  price: number
  ports: SoftwarePort[]
}

export interface InstanceDisk {
  id: string
  boot: boolean
  /** CLOUD_SSD, or CLOUD_RSSD where the GPU type offers it. */
  type: string
  /** GB. */
  size: number
}

export interface InstanceRecord {
  /** `uhost-` and 8 hex digits. */
  id: string
  /** PublicKey of the account that created it. */
  owner: string
  name: string
  zone: string
  gpuType: string
  gpu: number
  cpu: number
  /** MB, as requests send it. */
  memory: number
  chargeType: ChargeType
  image: InstanceImage
  /** The system disk first, then the data disks. */
  disks: InstanceDisk[]
  state: InstanceState
  /** When the current transitional state ends (Unix seconds); 0 in a settled state. */
  until: number
  createTime: number
  /** The last time it became Running; 0 if never. */
  startTime: number
  /** The last time it became Stopped; 0 if never. */
  stopTime: number
  updateTime: number
  /** The scheduled stop (Unix seconds); 0 when none. */
  stopAt: number
}
