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
}

export const stateFormat = 2

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
