import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Button } from './button'

interface DialogProps {
  open: boolean
  /** Escape, or the close button of a drawer: the owner sets `open` to false. */
  onClose: () => void
  title: ReactNode
  /** A panel along the start edge, with a close button beside the title (a filter drawer). */
  drawer?: { closeLabel: string }
  children: ReactNode
}

/**
 * A modal native <dialog>, named by its title: the browser traps focus in it, returns focus
 * when it closes and closes it on Escape. Its content is rendered only while it is open.
 */
export function Dialog({ open, onClose, title, drawer, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (open && !dialog?.open) dialog?.showModal()
    if (!open && dialog?.open) dialog.close()
  }, [open])
  const heading = (
    <h2 id={titleId} className="text-lg font-semibold">
      {title}
    </h2>
  )
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className={`bg-white text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100 ${
        drawer
          ? 'ms-0 me-auto h-dvh max-h-dvh w-80 max-w-[85vw] p-4'
          : 'm-auto max-w-[min(28rem,calc(100vw-2rem))] rounded-lg p-5'
      }`}
    >
      {drawer ? (
        <div className="mb-4 flex items-center justify-between gap-2">
          {heading}
          <Button variant="secondary" size="sm" onClick={onClose}>
            {drawer.closeLabel}
          </Button>
        </div>
      ) : (
        heading
      )}
      {open && children}
    </dialog>
  )
}

/** A dialog's buttons, at its end. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="mt-4 flex flex-wrap justify-end gap-2">{children}</div>
}
