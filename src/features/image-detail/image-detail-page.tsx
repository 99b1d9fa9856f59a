import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { PageHeader } from '@/components/page-header'

export function ImageDetailPage() {
  const { t } = useTranslation()
  const { groupId = '' } = useParams()
  return (
    <PageHeader title={t('pages.detail.title')}>
      <p>{t('pages.detail.intro', { groupId })}</p>
    </PageHeader>
  )
}
