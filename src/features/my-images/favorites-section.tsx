import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { ErrorState } from '@/components/error-state'
import { ImageCardGrid } from '@/components/image-card-grid'
import { useApiClient } from '@/lib/api-client-context'
import { myQueries } from '@/lib/my-queries'
import { Empty, Loading, Section } from './section'
import { buttonClass } from '@/components/ui/button'

export function FavoritesSection() {
  const { t } = useTranslation()
  const query = useQuery(myQueries.favorites(useApiClient()))
  const title = t('my.favorites.title')

  if (query.isPending) {
    return (
      <Section title={title}>
        <Loading text={t('my.favorites.loading')} />
      </Section>
    )
  }
  if (query.isLoadingError) {
    return (
      <Section title={title}>
        <ErrorState
          title={t('my.favorites.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Section>
    )
  }
  const { groups, complete } = query.data
  return (
    <Section
      title={title}
      aside={
        groups.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('my.favorites.count', { count: groups.length })}
          </p>
        )
      }
    >
      {!complete && (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          {t('my.favorites.incomplete')}
        </p>
      )}
      {groups.length === 0 ? (
        <Empty>
          <p>{t('my.favorites.empty')}</p>
          <Link to="/" className={`mt-2 inline-block ${buttonClass('link')}`}>
            {t('my.favorites.browse')}
          </Link>
        </Empty>
      ) : (
        <ImageCardGrid groups={groups} />
      )}
    </Section>
  )
}
