import { useTranslation } from '@/i18n/use-translation'
import { useBlocker } from 'react-router'
import { Button } from '@/components/ui/button'
import { Dialog, DialogActions } from '@/components/ui/dialog'

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
  if (blocker.state !== 'blocked') return null
  return (
    <Dialog open onClose={() => blocker.reset()} title={title ?? t('publish.leaveTitle')}>
      <p className="mt-2">{body ?? t('publish.leaveBody')}</p>
      <DialogActions>
        <Button variant="secondary" size="sm" onClick={() => blocker.reset()}>
          {t('publish.stay')}
        </Button>
        <Button size="sm" onClick={() => blocker.proceed()}>
          {t('publish.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
