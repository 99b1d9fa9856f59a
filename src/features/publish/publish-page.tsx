import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'

export function PublishPage() {
  const { t } = useTranslation()
  return (
    <PageHeader title={t('pages.publish.title')}>
      <p>{t('pages.publish.intro')}</p>
    </PageHeader>
  )
}
