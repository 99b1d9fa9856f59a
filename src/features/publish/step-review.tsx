import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import type {
  AuthorKind,
  CommunityImageGroup,
  CommunityImageVersion,
} from '@/api/actions/community-images'
import { gpuLabel } from '@/api/gpu-types'
import { ImageCard } from '@/components/image-card'
import { LazyMarkdown } from '@/components/lazy-markdown'
import { useLanguage } from '@/components/use-language'
import { useCoverPreview } from './cover-preview'
import type { PublishValues, Step } from './publish-schema'
import { LiveChanges } from './live-changes'
import { listingChanges, listingOf } from './version-changes'

/** Who the marketplace will name as the author: the account's own name and badge. */
export interface Author {
  name: string
  kind: AuthorKind
}

/** The card exactly as the marketplace will draw it, built from the form. */
function previewGroup(
  values: PublishValues,
  coverUrl: string,
  author: Author,
): CommunityImageGroup {
  const now = Math.floor(Date.now() / 1000)
  return {
    groupId: values.groupId || 'preview',
    name: values.name,
    description: values.description,
    createdCount: 0,
    favoritesCount: 0,
    recommendCount: 0,
    usage: 0,
    isFavorite: false,
    isAvailable: true,
    versions: [
      {
        imageId: values.imageId,
        name: values.name,
        author: author.name,
        authorKind: author.kind,
        status: 'Available',
        price: values.paid ? Number(values.price) : 0,
        versionName: values.versionName,
        versionDesc: values.versionDesc,
        description: values.description,
        tags: values.tags,
        supportedGpuTypes: values.gpus,
        coverUrl,
        isContainer: true,
        autoStart: values.autoStart,
        createTime: now,
        updateTime: now,
        pubTime: now,
        sizeMb: 0,
        readme: values.readme,
        qrCodeUrl: '',
        // The ports are the service's to assign; the card does not show them.
        softwarePorts: [],
        visibility: 1,
        softwares: {
          applications: values.applications,
          cudaVersion: values.cudaVersion,
          framework: values.framework,
          frameworkVersion: values.frameworkVersion,
        },
      },
    ],
  }
}

export function StepReview({
  onEdit,
  group,
  live,
  author,
}: {
  onEdit: (step: Step) => void
  /** The group a new version goes into, and its version now live; none for a new group. */
  group: CommunityImageGroup | undefined
  live: CommunityImageVersion | undefined
  author: Author
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const values = useFormContext<PublishValues>().getValues()
  const uploaded = useCoverPreview(values.cover)
  // A version sent without a cover keeps the live one (the service carries it over).
  const cover = values.cover ? uploaded : (live?.coverUrl ?? '')
  const none = t('publish.review.none')
  const groupName = group?.name ?? ''
  const changes = live ? listingChanges(listingOf(live, groupName), values, t, language) : []
  const coverText = values.cover
    ? t('publish.review.coverSet')
    : live?.coverUrl
      ? t('publish.review.coverKept', { version: live.versionName })
      : none
  const rows: [string, string, Step][] = [
    [t('publish.image.legend'), values.imageId, 'image'],
    [
      t('publish.image.target'),
      values.target === 'new'
        ? t('publish.review.newGroup')
        : t('publish.review.existingGroup', { name: groupName }),
      'image',
    ],
    [t('publish.version.name'), values.versionName, 'version'],
    [t('publish.version.notes'), values.versionDesc || none, 'version'],
    [t('publish.listing.name'), values.name || none, 'listing'],
    [t('publish.listing.description'), values.description || none, 'listing'],
    [t('publish.listing.tags'), values.tags.join(', ') || none, 'listing'],
    [t('publish.listing.gpus'), values.gpus.map(gpuLabel).join(', ') || none, 'listing'],
    [t('publish.software.applications'), values.applications.join(', ') || none, 'listing'],
    [t('publish.software.cudaVersion'), values.cudaVersion || none, 'listing'],
    [
      t('publish.software.framework'),
      [values.framework, values.frameworkVersion].filter(Boolean).join(' ') || none,
      'listing',
    ],
    [t('publish.listing.autoStart'), t(values.autoStart ? 'detail.yes' : 'detail.no'), 'listing'],
    [
      t('publish.listing.pricing'),
      values.paid ? values.price : t('publish.listing.free'),
      'listing',
    ],
    [t('publish.cover.label'), coverText, 'cover'],
  ]
  return (
    <div className="flex flex-col gap-8">
      {live && (
        <LiveChanges
          changes={changes}
          version={live.versionName}
          coverReplaced={Boolean(values.cover)}
        />
      )}
      <section aria-labelledby="review-card" className="max-w-sm">
        <h3 id="review-card" className="mb-2 font-medium">
          {t('publish.review.card')}
        </h3>
        <ImageCard group={previewGroup(values, cover, author)} />
      </section>
      <section aria-labelledby="review-fields">
        <h3 id="review-fields" className="mb-2 font-medium">
          {t('publish.review.fields')}
        </h3>
        <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {rows.map(([term, value, step]) => (
            <div key={term} className="flex flex-wrap items-start gap-x-4 gap-y-1 p-3 text-sm">
              <dt className="w-40 text-slate-600 dark:text-slate-400">{term}</dt>
              <dd className="min-w-0 flex-1 whitespace-pre-line">{value}</dd>
              <dd>
                <button
                  type="button"
                  onClick={() => onEdit(step)}
                  className="text-indigo-700 underline dark:text-indigo-300"
                  aria-label={`${t('publish.edit')} ${term}`}
                >
                  {t('publish.edit')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {values.readme.trim() && (
        <section
          aria-labelledby="review-readme"
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        >
          <h3 id="review-readme" className="font-medium">
            {t('publish.review.page')}
          </h3>
          <LazyMarkdown source={values.readme} />
        </section>
      )}
    </div>
  )
}
