import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'

export function BrowsePage() {
  const { t } = useTranslation()
  return (
    <PageHeader title={t('pages.browse.title')}>
      <p>{t('pages.browse.intro')}</p>
    </PageHeader>
  )
}
