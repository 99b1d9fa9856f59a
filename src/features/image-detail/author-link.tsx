import { Link } from 'react-router'
import { useTranslation } from '@/i18n/use-translation'
import { listByAuthor } from '@/lib/list-links'

/** The author's name, opening the list filtered to exactly that author (the list's `?author=`). */
export function AuthorLink({ author }: { author: string }) {
  const { t } = useTranslation()
  if (!author) return null
  return (
    <Link
      to={listByAuthor(author)}
      aria-label={t('detail.facts.authorLink', { author })}
      className="font-medium break-all text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
    >
      {author}
    </Link>
  )
}
