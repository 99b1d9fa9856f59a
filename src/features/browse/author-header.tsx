import { useQuery } from '@tanstack/react-query'
import type { AuthorKind } from '@/api/actions/community-images'
import { AuthorBadge } from '@/components/author-badge'
import { PageHeader } from '@/components/page-header'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { formatCount } from '@/lib/format'
import { imageQueries } from '@/lib/image-queries'
import { useLanguage } from '@/components/use-language'

/**
 * The list filtered to one author is that author's page: their name as its heading, and what
 * all their images add up to (every page of them, asked once and kept for a minute).
 */
export function AuthorHeader({ author, kind }: { author: string; kind: AuthorKind | undefined }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const totals = useQuery(imageQueries.author(useApiClient(), author))
  const count = (value: number) => formatCount(value, language)
  return (
    <PageHeader title={t('author.title', { author })}>
      <p className="flex flex-wrap items-center gap-2">
        {kind && <AuthorBadge kind={kind} />}
        {totals.data ? (
          <>
            <span>
              {t('author.totals', {
                count: totals.data.images,
                favorites: count(totals.data.favorites),
                usage: count(totals.data.usage),
              })}
            </span>
            {!totals.data.complete && <span>{t('author.incomplete')}</span>}
          </>
        ) : (
          <span>{t(totals.isError ? 'author.totalsFailed' : 'author.totalsLoading')}</span>
        )}
      </p>
    </PageHeader>
  )
}
