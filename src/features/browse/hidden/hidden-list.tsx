import { Button } from '@/components/ui/button'
import { useTranslation } from '@/i18n/use-translation'
import { isHiding } from '@/lib/hidden'
import type { Hiding } from './use-hiding'

/**
 * Everything the account hides while browsing, in one place, each undone with one click: the
 * excluded tags, the hidden images and the hidden authors.
 */
export function HiddenList({ hiding }: { hiding: Hiding }) {
  const { t } = useTranslation()
  const { hidden } = hiding
  if (!isHiding(hidden)) return null
  const row = (key: string, label: string, name: string, undo: () => void) => (
    <li key={key} className="flex min-w-0 items-center justify-between gap-2">
      <span className="min-w-0 break-words">{label}</span>
      <Button
        variant="link"
        className="shrink-0"
        aria-label={t('hidden.showNamed', { name })}
        onClick={undo}
      >
        {t('hidden.show')}
      </Button>
    </li>
  )
  return (
    <section aria-labelledby="hidden-title" className="flex flex-col gap-2 text-sm">
      <h2 id="hidden-title" className="font-medium">
        {t('hidden.title')}
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('hidden.hint')}</p>
      <ul className="flex flex-col gap-1">
        {hidden.tags.map((tag) =>
          row(`tag ${tag}`, t('hidden.tag', { tag }), tag, () => hiding.excludeTag(tag, false)),
        )}
        {hidden.authors.map((author) =>
          row(`author ${author}`, t('hidden.author', { author }), author, () =>
            hiding.showAuthor(author),
          ),
        )}
        {hidden.images.map((image) =>
          row(`image ${image.groupId}`, image.name, image.name, () =>
            hiding.showImage(image.groupId),
          ),
        )}
      </ul>
      <Button variant="secondary" size="sm" className="self-start" onClick={hiding.showAll}>
        {t('hidden.showAll')}
      </Button>
    </section>
  )
}
