import { useTranslation } from '@/i18n/use-translation'
import { safeImageUrl } from '@/lib/safe-url'

/** A cover at the card's fixed 16:9 ratio: the space is reserved, so nothing shifts. */
export function CoverImage({ url, eager = false }: { url: string; eager?: boolean }) {
  const { t } = useTranslation()
  const src = safeImageUrl(url)
  return (
    <div className="aspect-video w-full overflow-hidden bg-slate-100 dark:bg-slate-800">
      {src ? (
        <img
          src={src}
          alt=""
          width={640}
          height={360}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          className="h-full w-full object-cover"
        />
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-500 dark:text-slate-400">
          {t('card.noCover')}
        </div>
      )}
    </div>
  )
}
