import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { PageHeader } from '@/components/page-header'

/** Shown instead of a page that would call CompShare while no keys are set: nothing is sent. */
export function KeysNeeded() {
  const { t } = useTranslation()
  return (
    <section>
      <PageHeader title={t('keysNeeded.title')}>
        <p>{t('keysNeeded.body')}</p>
      </PageHeader>
      <Link
        to="/settings"
        className="inline-block rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none dark:ring-offset-slate-900"
      >
        {t('keysNeeded.link')}
      </Link>
    </section>
  )
}
