import { useMemo } from 'react'
import { detectImageKind } from './cover-bytes'

/** A data URL showing a Base64 cover (from the form or a restored draft), or '' if it is not one. */
export function useCoverPreview(base64: string): string {
  return useMemo(() => {
    try {
      const head = Uint8Array.from(atob(base64.slice(0, 24)), (char) => char.charCodeAt(0))
      const kind = detectImageKind(head)
      return kind ? `data:image/${kind};base64,${base64}` : ''
    } catch {
      return ''
    }
  }, [base64])
}
