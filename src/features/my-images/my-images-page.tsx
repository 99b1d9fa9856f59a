import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/page-header'

export function MyImagesPage() {
  const { t } = useTranslation()
  return (
    <PageHeader title={t('pages.my.title')}>
      <p>{t('pages.my.intro')}</p>
    </PageHeader>
  )
}
