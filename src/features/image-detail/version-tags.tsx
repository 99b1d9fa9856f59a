import { Link } from 'react-router'
import { useTranslation } from '@/i18n/use-translation'
import { listByTag } from '@/lib/list-links'
import { Fact } from './fact'

/** The version's tags, each opening the list filtered by it (the list's `?tag=`). */
export function VersionTags({ tags }: { tags: string[] }) {
  const { t } = useTranslation()
  if (tags.length === 0) return null
  return (
    <Fact term={t('detail.facts.tags')} wide>
      <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t('detail.facts.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="min-w-0">
            <Link
              to={listByTag(tag)}
              className="inline-block max-w-full rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-normal break-all text-slate-700 hover:bg-indigo-100 hover:text-indigo-900 hover:underline dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-indigo-900/60 dark:hover:text-indigo-100"
            >
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </Fact>
  )
}
