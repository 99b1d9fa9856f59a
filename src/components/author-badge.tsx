import { useTranslation } from '@/i18n/use-translation'
import type { AuthorKind } from '@/api/actions/community-images'

const styles: Record<Exclude<AuthorKind, 'creator'>, string> = {
  official: 'bg-indigo-100 text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200',
  certified: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200',
}

export function AuthorBadge({ kind }: { kind: AuthorKind }) {
  const { t } = useTranslation()
  if (kind === 'creator') return null
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${styles[kind]}`}>
      {t(kind === 'official' ? 'card.official' : 'card.certified')}
    </span>
  )
}
