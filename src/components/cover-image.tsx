import { useTranslation } from '@/i18n/use-translation'
import { safeImageUrl } from '@/lib/safe-url'

/**
 * How soon a cover loads: `high` for the one likely to be the largest paint, `eager` for the
 * rest of the first screen, `lazy` below it.
 */
export type CoverPriority = 'high' | 'eager' | 'lazy'

/**
 * A cover at the card's fixed 16:9 ratio: the space is reserved, and the picture is laid over
 * it, so a cover of another shape (a square one) can never stretch the box once it loads.
 */
export function CoverImage({ url, priority = 'lazy' }: { url: string; priority?: CoverPriority }) {
  const { t } = useTranslation()
  const src = safeImageUrl(url)
  return (
    <div className="relative aspect-video w-full overflow-hidden bg-slate-100 dark:bg-slate-800">
      {src ? (
        <img
          src={src}
          alt=""
          width={640}
          height={360}
          loading={priority === 'lazy' ? 'lazy' : 'eager'}
          fetchPriority={priority === 'high' ? 'high' : 'auto'}
          decoding={priority === 'high' ? 'sync' : 'async'}
          className="absolute inset-0 size-full object-cover"
        />
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-400">
          {t('card.noCover')}
        </div>
      )}
    </div>
  )
}
