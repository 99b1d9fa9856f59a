import { useTranslation } from 'react-i18next'
import { toast, Toaster } from 'sonner'
import { useTheme } from './theme-provider'

/** The one place the app raises toasts, so their look and wording stay consistent. */
export const notify = {
  error: (message: string) => toast.error(message),
  success: (message: string) => toast.success(message),
  info: (message: string) => toast.info(message),
}

export function AppToaster() {
  const { t } = useTranslation()
  const { choice } = useTheme()
  return <Toaster theme={choice} containerAriaLabel={t('toast.label')} closeButton richColors />
}
