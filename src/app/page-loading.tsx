import { useTranslation } from '@/i18n/use-translation'

export function PageLoading() {
  const { t } = useTranslation()
  return (
    <p role="status" className="p-6 text-sm text-slate-600 dark:text-slate-400">
      {t('app.loading')}
    </p>
  )
}
