import { useEffect } from 'react'
import { Toaster as Sonner } from 'sonner'

export default function Toaster({
  theme,
  label,
  onMount,
}: {
  theme: 'light' | 'dark' | 'system'
  label: string
  onMount: () => void
}) {
  // Runs after sonner's own effects, so the toaster is listening by then.
  useEffect(onMount, [onMount])
  return <Sonner theme={theme} containerAriaLabel={label} closeButton richColors />
}
