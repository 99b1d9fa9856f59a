import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { ApiErrorMessage } from '@/components/api-error-message'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { myMutations } from '@/lib/my-queries'
import { visibilityOutcome } from './visibility-text'
import { Button } from './ui/button'
import { Dialog, DialogActions } from './ui/dialog'

/**
 * Hide or show one version (UpdateCompShareImage `Visibility` 0/1), after a confirmation that
 * says what the marketplace will show afterwards. Sent once per confirmation.
 */
export function VisibilityControl({
  group,
  version,
}: {
  group: CommunityImageGroup
  version: CommunityImageVersion
}) {
  const { t } = useTranslation()
  const client = useApiClient()
  const [open, setOpen] = useState(false)
  const mutation = useMutation(myMutations.update(client))
  const hiding = version.visibility !== 0
  const names = { version: version.versionName, name: group.name }

  const confirm = () => {
    if (mutation.isPending) return
    mutation.mutate(
      { imageId: version.imageId, visibility: hiding ? 0 : 1 },
      {
        onSuccess: () => {
          setOpen(false)
        },
      },
    )
  }

  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="whitespace-nowrap"
        onClick={() => {
          mutation.reset()
          setOpen(true)
        }}
        aria-label={t(hiding ? 'edit.visibility.hideNamed' : 'edit.visibility.showNamed', names)}
      >
        {t(hiding ? 'edit.visibility.hide' : 'edit.visibility.show')}
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          title={t(hiding ? 'edit.visibility.hideTitle' : 'edit.visibility.showTitle', names)}
        >
          <p className="mt-2">{visibilityOutcome(group, version, t)}</p>
          {mutation.isError && (
            <div role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
              <ApiErrorMessage error={mutation.error} />
            </div>
          )}
          <DialogActions>
            <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
              {t('edit.visibility.cancel')}
            </Button>
            <Button size="sm" onClick={confirm} disabled={mutation.isPending}>
              {mutation.isPending
                ? t('edit.saving')
                : t(hiding ? 'edit.visibility.confirmHide' : 'edit.visibility.confirmShow')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  )
}
