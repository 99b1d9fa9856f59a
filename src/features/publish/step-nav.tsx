import { useTranslation } from '@/i18n/use-translation'
import { steps, type Step } from './publish-schema'

/** The steps in order; those already reached can be revisited. */
export function StepNav({
  current,
  furthest,
  onGo,
}: {
  current: Step
  furthest: number
  onGo: (step: Step) => void
}) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('publish.steps.label')} className="min-w-0">
      {/* Wraps on narrow screens instead of scrolling: the current step is always in sight. */}
      <ol className="flex flex-wrap gap-1 lg:flex-col">
        {steps.map((step, index) => (
          <li key={step}>
            <button
              type="button"
              disabled={index > furthest}
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onGo(step)}
              className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-start text-sm whitespace-nowrap disabled:opacity-50 aria-[current=step]:bg-indigo-50 aria-[current=step]:font-semibold aria-[current=step]:text-indigo-800 dark:aria-[current=step]:bg-indigo-950 dark:aria-[current=step]:text-indigo-200"
            >
              <span
                aria-hidden="true"
                className="flex size-6 items-center justify-center rounded-full border border-current text-xs"
              >
                {index + 1}
              </span>
              {t(`publish.steps.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
