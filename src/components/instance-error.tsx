import { isApiError } from '@/api/errors'
import { ApiErrorMessage } from './api-error-message'
import type { RunKey } from '@/i18n/run-catalogue'
import { useRunTranslation } from '@/i18n/run-context'

// What these codes mean on the instance actions (the console docs' error page); on the image
// actions the sandbox gives them other meanings (src/api/errors.ts).
const instanceCodes: Record<number, RunKey> = {
  226603: 'apiErrors.gpuNotSupported',
  226604: 'apiErrors.resourceNotEnough',
}

/** An instance action's failure, explained as that action means it. */
export function InstanceError({ error }: { error: unknown }) {
  const { r } = useRunTranslation()
  const key = isApiError(error) && error.retCode !== undefined ? instanceCodes[error.retCode] : null
  return (
    <div role="alert" className="text-sm text-red-800 dark:text-red-300">
      <ApiErrorMessage error={error} text={key ? r(key) : undefined} />
    </div>
  )
}
