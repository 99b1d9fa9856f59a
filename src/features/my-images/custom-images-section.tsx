import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { isPublishable, type CustomImage } from '@/api/actions/describe-custom-images'
import { ErrorState } from '@/components/error-state'
import { unpublishableText } from '@/components/unpublishable'
import { useLanguage } from '@/components/use-language'
import { useApiClient } from '@/lib/api-client-context'
import { formatDate, formatSize } from '@/lib/format'
import { myQueries } from '@/lib/image-queries'
import { Empty, linkStyle, Loading, Section, tableStyle } from './section'
import { StatusBadge } from '@/components/status-badge'

function PublishCell({ image }: { image: CustomImage }) {
  const { t } = useTranslation()
  if (isPublishable(image)) {
    return (
      <Link
        to={`/publish?image=${encodeURIComponent(image.imageId)}`}
        aria-label={t('my.custom.publishNamed', { name: image.name })}
        className={linkStyle}
      >
        {t('my.custom.publish')}
      </Link>
    )
  }
  // Say why not, so nobody hunts for a button that cannot exist.
  return (
    <span className="text-xs text-slate-600 dark:text-slate-400">
      {unpublishableText(image, t)}
    </span>
  )
}

export function CustomImagesSection() {
  const { t } = useTranslation()
  const language = useLanguage()
  const query = useQuery(myQueries.customImages(useApiClient()))
  const title = t('my.custom.title')

  if (query.isPending) {
    return (
      <Section title={title}>
        <Loading text={t('my.custom.loading')} />
      </Section>
    )
  }
  if (query.isError) {
    return (
      <Section title={title}>
        <ErrorState
          title={t('my.custom.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Section>
    )
  }
  const { images, totalCount } = query.data
  return (
    <Section
      title={title}
      aside={
        images.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {images.length < totalCount
              ? t('my.custom.countPartial', { shown: images.length, count: totalCount })
              : t('my.custom.count', { count: totalCount })}
          </p>
        )
      }
    >
      {images.length === 0 ? (
        <Empty>
          <p>{t('my.custom.empty')}</p>
        </Empty>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className={tableStyle}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('my.custom.name')}</th>
                <th scope="col">{t('my.custom.status')}</th>
                <th scope="col">{t('my.custom.type')}</th>
                <th scope="col">{t('my.custom.size')}</th>
                <th scope="col">{t('my.custom.created')}</th>
                <th scope="col">{t('my.custom.action')}</th>
              </tr>
            </thead>
            <tbody>
              {images.map((image) => (
                <tr key={image.imageId}>
                  <th scope="row" className="text-left font-normal">
                    <span className="block font-medium text-slate-900 dark:text-slate-100">
                      {image.name}
                    </span>
                    <span className="block font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                      {image.imageId}
                    </span>
                  </th>
                  <td>
                    <StatusBadge status={image.status} />
                  </td>
                  <td>{t(image.isContainer ? 'my.custom.container' : 'my.custom.vm')}</td>
                  <td className="whitespace-nowrap">{formatSize(image.sizeMb, language)}</td>
                  <td className="whitespace-nowrap">
                    {image.createTime > 0 ? formatDate(image.createTime, language) : '–'}
                  </td>
                  <td>
                    <PublishCell image={image} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  )
}
