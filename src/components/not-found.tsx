import { useTranslation } from '@/i18n/use-translation'
import { Link } from 'react-router'
import { PageHeader } from './page-header'

/** A page-sized "nothing here", with the way back to the marketplace. */
export function NotFound({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation()
  return (
    <section>
      <PageHeader title={title}>
        <p>{body}</p>
      </PageHeader>
      <Link to="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        {t('errors.backHome')}
      </Link>
    </section>
  )
}
