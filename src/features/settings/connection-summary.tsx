import { useTranslation } from '@/i18n/use-translation'
import { hasKeys } from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'

/** Enough of the public key to recognise it; the whole of it is not needed to see which one. */
function maskKey(key: string): string {
  return key.length > 12 ? `${key.slice(0, 4)}…${key.slice(-4)}` : '••••'
}

/** What the app is talking to right now, whatever the form below says before it is saved. */
export function ConnectionSummary() {
  const { t } = useTranslation()
  const connection = useConnection()
  let text: string
  const where = { region: connection.region, zone: connection.zone || '—' }
  if (connection.mode === 'sandbox') text = t('settings.current.sandbox', where)
  else if (!hasKeys(connection)) text = t('settings.current.noKeys')
  else {
    text = t('settings.current.compshare', {
      key: maskKey(connection.publicKey),
      ...where,
      storage: t(connection.remember ? 'settings.current.onDevice' : 'settings.current.inTab'),
    })
  }
  return <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{text}</p>
}
