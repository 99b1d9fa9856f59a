import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { isPublishable, type CustomImage } from '@/api/actions/describe-custom-images'
import { ErrorState } from '@/components/error-state'
import { unpublishableText } from '@/components/unpublishable'
import { useLanguage } from '@/components/use-language'
import { useApiClient } from '@/lib/api-client-context'
import { formatDate, formatSize } from '@/lib/format'
import { myQueries } from '@/lib/my-queries'
import { Empty, Loading, Section } from './section'
import { buttonClass } from '@/components/ui/button'
import { cardClass, tableClass } from '@/components/ui/classes'
import { StatusBadge } from '@/components/status-badge'
import { ScrollRegion } from '@/components/scroll-region'

function PublishCell({ image }: { image: CustomImage }) {
  const { t } = useTranslation()
  if (isPublishable(image)) {
    return (
      <Link
        to={`/publish?image=${encodeURIComponent(image.imageId)}`}
        aria-label={t('my.custom.publishNamed', { name: image.name })}
        className={buttonClass('link')}
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
        <ScrollRegion label={title} className={cardClass}>
          <table className={tableClass}>
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
                  <td data-label={t('my.custom.status')}>
                    <StatusBadge status={image.status} />
                  </td>
                  <td data-label={t('my.custom.type')}>
                    {t(image.isContainer ? 'my.custom.container' : 'my.custom.vm')}
                  </td>
                  <td data-label={t('my.custom.size')} className="whitespace-nowrap">
                    {formatSize(image.sizeMb, language)}
                  </td>
                  <td data-label={t('my.custom.created')} className="whitespace-nowrap">
                    {image.createTime > 0 ? formatDate(image.createTime, language) : '–'}
                  </td>
                  <td data-label={t('my.custom.action')}>
                    <PublishCell image={image} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Section>
  )
}
