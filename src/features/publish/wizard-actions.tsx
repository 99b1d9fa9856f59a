import { useTranslation } from '@/i18n/use-translation'
import type { SaveResult } from './draft-store'

/** Back, Next or Publish, Discard, and whether the draft is saved: the wizard's last row. */
export function WizardActions({
  index,
  review,
  pending,
  resend,
  canSend,
  saveStatus,
  onBack,
  onNext,
  onDiscard,
}: {
  index: number
  review: boolean
  pending: boolean
  /** A publish was tried already: the button says "Publish again". */
  resend: boolean
  canSend: boolean
  saveStatus: SaveResult | null
  onBack: () => void
  onNext: () => void
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      {index > 0 && (
        <button
          type="button"
          onClick={onBack}
          className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-600"
        >
          {t('publish.back')}
        </button>
      )}
      {/* Distinct keys: if React reused the Next button's node as Publish, the click that
          reached the review step would submit the form as its default action. */}
      {review ? (
        <button
          key="submit"
          type="submit"
          disabled={pending || !canSend}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          {pending
            ? t('publish.submitting')
            : resend
              ? t('publish.result.resubmit')
              : t('publish.submit')}
        </button>
      ) : (
        <button
          key="next"
          type="button"
          onClick={onNext}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700"
        >
          {t('publish.next')}
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          if (window.confirm(t('publish.discardConfirm'))) onDiscard()
        }}
        className="ms-auto text-sm text-slate-600 underline dark:text-slate-400"
      >
        {t('publish.discard')}
      </button>
      <p role="status" className="w-full text-xs text-slate-600 dark:text-slate-400">
        {saveStatus === 'saved' && t('publish.draftSaved')}
      </p>
      {(saveStatus === 'full' || saveStatus === 'unavailable') && (
        <p role="alert" className="w-full text-sm font-medium text-red-700 dark:text-red-400">
          {t(saveStatus === 'full' ? 'publish.draftFull' : 'publish.draftUnavailable')}
        </p>
      )}
    </div>
  )
}
