import { useEffect, useState } from 'react'
import { errorClass, hintClass } from './ui/classes'
import { Button } from './ui/button'

export interface CopyMessages {
  /** The button's visible text. */
  copy: string
  copied: string
  failed: string
}

/** How long "Copied" stays: long enough to read, short enough not to linger as news. */
const copiedMs = 2000

/**
 * Copies `value` to the clipboard. What happened is said beside the button, in a status region
 * present from the start so that screen readers announce its change.
 */
export function CopyButton({
  value,
  label,
  messages,
}: {
  value: string
  /** The accessible name; starts with the visible text (`messages.copy`). */
  label: string
  messages: CopyMessages
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state !== 'copied') return undefined
    const timer = setTimeout(() => setState('idle'), copiedMs)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async () => {
    setState('idle')
    try {
      // Absent outside a secure context; refused when the page may not write it.
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <Button variant="secondary" size="sm" aria-label={label} onClick={() => void copy()}>
        {messages.copy}
      </Button>
      <span role="status" className={state === 'failed' ? errorClass : hintClass}>
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.failed : ''}
      </span>
    </span>
  )
}
