import { useLayoutEffect, useRef, useState } from 'react'

/** Where the cursor goes as the wizard moves: the step's heading, or the field refused. */
export function useStepFocus() {
  const heading = useRef<HTMLHeadingElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // Each move focuses the step's heading in the same commit that shows the step. A frame
  // later would be too late: by then the user may have clicked into a field and started
  // typing, and their keys would go to the heading.
  const [moves, setMoves] = useState(0)
  useLayoutEffect(() => {
    if (moves > 0) heading.current?.focus()
  }, [moves])

  // A refused Next shows where: the first invalid field is focused and scrolled to, in the
  // commit that renders its message (a long list of images would leave it below the fold).
  const [refusals, setRefusals] = useState(0)
  useLayoutEffect(() => {
    if (refusals === 0) return
    const field = formRef.current?.querySelector<HTMLElement>(
      // A radio group cannot carry aria-invalid: its fieldset says data-invalid.
      '[aria-invalid="true"]:not(:disabled), [data-invalid] input:not(:disabled)',
    )
    field?.focus({ preventScroll: true })
    const target = field?.closest('fieldset, [data-field]') ?? field
    target?.scrollIntoView?.({ block: 'start' })
  }, [refusals])

  return {
    heading,
    formRef,
    moved: () => setMoves((n) => n + 1),
    refused: () => setRefusals((n) => n + 1),
  }
}
