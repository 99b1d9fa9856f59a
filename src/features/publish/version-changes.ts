import type { CommunityImageVersion } from '@/api/actions/community-images'
import { gpuLabel } from '@/api/gpu-types'
import type { Language } from '@/i18n/catalogue'
import type { TFunction } from '@/i18n/i18n'
import { priceText } from '@/components/price-text'
import type { PublishValues } from './publish-schema'

/** One field whose new value differs from the live version's. */
export interface FieldChange {
  label: string
  before: string
  after: string
  /** Price and auto-start: what users pay and how the image starts, worth calling out. */
  important: boolean
}

/** The listing fields the service keeps per version, as the form holds them. */
type Listing = Pick<
  PublishValues,
  | 'name'
  | 'description'
  | 'tags'
  | 'gpus'
  | 'applications'
  | 'cudaVersion'
  | 'framework'
  | 'frameworkVersion'
  | 'autoStart'
  | 'paid'
  | 'price'
  | 'readme'
>

/** A version's listing in the form's terms: what a new version or an edit starts from. */
export function listingOf(version: CommunityImageVersion, groupName: string): Listing {
  return {
    name: groupName || version.name,
    description: version.description,
    tags: [...version.tags],
    gpus: version.supportedGpuTypes as PublishValues['gpus'],
    applications: [...version.softwares.applications],
    cudaVersion: version.softwares.cudaVersion ?? '',
    framework: version.softwares.framework ?? '',
    frameworkVersion: version.softwares.frameworkVersion ?? '',
    autoStart: version.autoStart,
    paid: version.price > 0,
    price: version.price > 0 ? String(version.price) : '',
    readme: version.readme,
  }
}

const priceOf = (values: Pick<PublishValues, 'paid' | 'price'>) =>
  values.paid ? Number(values.price) : 0

/**
 * Each field of `next` that differs from `live`, old → new, in the order the form asks for
 * them. The readme is summarised by its line counts; the version comparison shows it in full.
 */
export function listingChanges(
  live: Listing,
  next: Listing,
  t: TFunction,
  language: Language,
): FieldChange[] {
  const none = t('publish.review.none')
  const list = (items: readonly string[]) => items.join(', ') || none
  const text = (value: string) => value.trim() || none
  const price = (value: number) => priceText(value, t, language)
  const yesNo = (value: boolean) => t(value ? 'detail.yes' : 'detail.no')
  const framework = (v: Listing) => [v.framework, v.frameworkVersion].filter(Boolean).join(' ')
  const lines = (readme: string) =>
    readme.trim() ? t('publish.review.lines', { count: readme.split('\n').length }) : none
  const rows: [string, string, string, boolean][] = [
    [t('publish.listing.name'), text(live.name), text(next.name), false],
    [t('publish.listing.description'), text(live.description), text(next.description), false],
    [t('publish.listing.tags'), list(live.tags), list(next.tags), false],
    [
      t('publish.listing.gpus'),
      list(live.gpus.map(gpuLabel)),
      list(next.gpus.map(gpuLabel)),
      false,
    ],
    [t('publish.software.applications'), list(live.applications), list(next.applications), false],
    [t('publish.software.cudaVersion'), text(live.cudaVersion), text(next.cudaVersion), false],
    [t('publish.software.framework'), text(framework(live)), text(framework(next)), false],
    [t('publish.listing.autoStart'), yesNo(live.autoStart), yesNo(next.autoStart), true],
    [t('publish.listing.pricing'), price(priceOf(live)), price(priceOf(next)), true],
  ]
  const changes = rows
    .filter(([, before, after]) => before !== after)
    .map(([label, before, after, important]) => ({ label, before, after, important }))
  if (live.readme !== next.readme) {
    const label = t('publish.readme.label')
    const count = next.readme.split('\n').length
    const after = next.readme.trim() ? t('publish.review.readmeEdited', { count }) : none
    changes.push({ label, before: lines(live.readme), after, important: false })
  }
  return changes
}
