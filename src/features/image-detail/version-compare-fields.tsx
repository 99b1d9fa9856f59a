import type { ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { gpuLabel } from '@/api/gpu-types'
import { useLanguage } from '@/components/use-language'
import { priceText } from '@/components/price-text'
import type { FieldChange } from './version-compare-model'
import { cardClass } from '@/components/ui/classes'

// Colour is never the only sign: added text is <ins> with "+" and a hidden "Added:", removed
// text is <del>, struck through, with "−" and a hidden "Removed:".
export const addedColours =
  'bg-emerald-50 text-emerald-950 dark:bg-emerald-950/60 dark:text-emerald-50'
export const removedColours = 'bg-red-50 text-red-950 dark:bg-red-950/60 dark:text-red-50'

function Added({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ins className={`rounded px-1.5 py-0.5 no-underline wrap-anywhere ${addedColours}`}>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">+ </span>
      {children}
    </ins>
  )
}

function Removed({ label, children }: { label: string; children: ReactNode }) {
  return (
    <del
      className={`rounded px-1.5 py-0.5 line-through decoration-red-800/60 wrap-anywhere dark:decoration-red-200/60 ${removedColours}`}
    >
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">− </span>
      {children}
    </del>
  )
}

function ChangeValue({ change }: { change: FieldChange }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (change.kind === 'set') {
    const shown = (item: string) => (change.field === 'gpus' ? gpuLabel(item) : item)
    return (
      <ul className="flex flex-wrap gap-1.5">
        {change.added.map((item) => (
          <li key={`+${item}`}>
            <Added label={t('compare.added')}>{shown(item)}</Added>
          </li>
        ))}
        {change.removed.map((item) => (
          <li key={`-${item}`}>
            <Removed label={t('compare.removed')}>{shown(item)}</Removed>
          </li>
        ))}
      </ul>
    )
  }
  const text = (value: string | number | boolean): string => {
    if (change.kind === 'price') {
      return priceText(Number(value), t, language)
    }
    if (change.kind === 'flag') return t(value ? 'detail.yes' : 'detail.no')
    return String(value) || t('compare.notStated')
  }
  if (change.kind === 'text')
    return (
      <div className="flex flex-col gap-1.5 whitespace-pre-line">
        {change.before && <Removed label={t('compare.before')}>{change.before}</Removed>}
        {change.after && <Added label={t('compare.after')}>{change.after}</Added>}
      </div>
    )
  return (
    <p className="flex flex-wrap items-center gap-1.5">
      <Removed label={t('compare.before')}>{text(change.before)}</Removed>
      <span aria-hidden="true">→</span>
      <Added label={t('compare.after')}>{text(change.after)}</Added>
    </p>
  )
}

export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation()
  const terms: Record<FieldChange['field'], string> = {
    price: t('detail.price'),
    gpus: t('detail.gpus'),
    tags: t('compare.tags'),
    applications: t('compare.applications'),
    cuda: t('detail.cuda'),
    framework: t('detail.framework'),
    autoStart: t('detail.autoStart'),
    description: t('compare.description'),
    versionNotes: t('detail.versionNotes'),
  }
  return (
    <section aria-labelledby="compare-fields-title" className={`${cardClass} p-4`}>
      <h2 id="compare-fields-title" className="text-lg font-semibold">
        {t('compare.fieldsTitle')}
      </h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('compare.fieldsSame')}</p>
      ) : (
        <dl className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {changes.map((change) => (
            <div
              key={change.field}
              className="grid gap-1.5 py-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4"
            >
              <dt className="font-medium text-slate-700 dark:text-slate-300">
                {terms[change.field]}
              </dt>
              <dd className="min-w-0">
                <ChangeValue change={change} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
