import { useEffect, useRef } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { useBlocker } from 'react-router'

/** Asks before an in-app navigation leaves a draft behind (the draft itself stays saved). */
export function LeaveGuard({
  active,
  title,
  body,
}: {
  active: boolean
  /** The publish page's words unless given. */
  title?: string
  body?: string
}) {
  const { t } = useTranslation()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && currentLocation.pathname !== nextLocation.pathname,
  )
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (blocker.state === 'blocked' && !dialog.current?.open) dialog.current?.showModal()
  }, [blocker.state])
  if (blocker.state !== 'blocked') return null
  return (
    <dialog
      ref={dialog}
      aria-labelledby="leave-title"
      onCancel={() => blocker.reset()}
      className="m-auto max-w-md rounded-lg bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="leave-title" className="text-lg font-semibold">
        {title ?? t('publish.leaveTitle')}
      </h2>
      <p className="mt-2">{body ?? t('publish.leaveBody')}</p>
      <div className="mt-4 flex justify-end gap-2">
        <button
          type="button"
          onClick={() => blocker.reset()}
          className="rounded-md border border-slate-300 px-3 py-1.5 dark:border-slate-600"
        >
          {t('publish.stay')}
        </button>
        <button
          type="button"
          onClick={() => blocker.proceed()}
          className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white"
        >
          {t('publish.leave')}
        </button>
      </div>
    </dialog>
  )
}
