import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { PageHeader } from '@/components/page-header'

export function NotFoundPage() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <section>
      <PageHeader title={t('errors.notFoundTitle')}>
        <p>{t('errors.notFoundBody', { path: pathname })}</p>
      </PageHeader>
      <Link to="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        {t('errors.backHome')}
      </Link>
    </section>
  )
}
