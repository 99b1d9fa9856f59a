import { useTranslation } from '@/i18n/use-translation'
import { useLocation } from 'react-router'
import { NotFound } from '@/components/not-found'

export function NotFoundPage() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <NotFound
      title={t('errors.notFoundTitle')}
      body={t('errors.notFoundBody', { path: pathname })}
    />
  )
}
