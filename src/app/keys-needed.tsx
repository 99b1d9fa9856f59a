import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { primaryButtonClass } from '@/components/ui/action'
import { PageHeader } from '@/components/page-header'

/** Shown instead of a page that would call CompShare while no keys are set: nothing is sent. */
export function KeysNeeded() {
  const { t } = useTranslation()
  return (
    <section>
      <PageHeader title={t('keysNeeded.title')}>
        <p>{t('keysNeeded.body')}</p>
      </PageHeader>
      <Link to="/settings" className={`inline-block ${primaryButtonClass}`}>
        {t('keysNeeded.link')}
      </Link>
    </section>
  )
}
