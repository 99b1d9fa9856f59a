import { useTranslation } from '@/i18n/use-translation'
import { safeImageUrl } from '@/lib/safe-url'
import { Fact } from './fact'

/**
 * The author's QR code, where the service gives one. Checked as covers are (ADR 0013): https, or
 * this origin; anything else (plain http from elsewhere, `javascript:`) shows nothing at all.
 */
export function AuthorQr({ url, author }: { url: string; author: string }) {
  const { t } = useTranslation()
  const src = url ? safeImageUrl(url) : undefined
  if (!src) return null
  return (
    <Fact term={t('detail.facts.qrCode')}>
      <img
        src={src}
        alt={t('detail.facts.qrAlt', { author })}
        width={128}
        height={128}
        loading="lazy"
        decoding="async"
        className="mt-1 size-32 rounded border border-slate-200 bg-white object-contain p-1 dark:border-slate-700"
      />
    </Fact>
  )
}
