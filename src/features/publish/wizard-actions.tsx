import { useTranslation } from '@/i18n/use-translation'
import type { SaveResult } from './draft-store'
import { Button } from '@/components/ui/button'
import { errorClass } from '@/components/ui/classes'

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
        <Button variant="secondary" onClick={onBack}>
          {t('publish.back')}
        </Button>
      )}
      {/* Distinct keys: if React reused the Next button's node as Publish, the click that
          reached the review step would submit the form as its default action. */}
      {review ? (
        <Button key="submit" type="submit" disabled={pending || !canSend}>
          {pending
            ? t('publish.submitting')
            : resend
              ? t('publish.result.resubmit')
              : t('publish.submit')}
        </Button>
      ) : (
        <Button key="next" onClick={onNext}>
          {t('publish.next')}
        </Button>
      )}
      <Button
        variant="quiet"
        className="ms-auto"
        onClick={() => {
          if (window.confirm(t('publish.discardConfirm'))) onDiscard()
        }}
      >
        {t('publish.discard')}
      </Button>
      <p role="status" className="w-full text-xs text-slate-600 dark:text-slate-400">
        {saveStatus === 'saved' && t('publish.draftSaved')}
      </p>
      {(saveStatus === 'full' || saveStatus === 'unavailable') && (
        <p role="alert" className={`w-full ${errorClass}`}>
          {t(saveStatus === 'full' ? 'publish.draftFull' : 'publish.draftUnavailable')}
        </p>
      )}
    </div>
  )
}
