import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { ApiErrorMessage } from '@/components/api-error-message'
import { useTranslation } from '@/i18n/use-translation'
import { useApiClient } from '@/lib/api-client-context'
import { imageMutations, imageQueries, myQueries } from '@/lib/image-queries'
import { visibilityOutcome } from './visibility-text'

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
  const queryClient = useQueryClient()
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const mutation = useMutation(imageMutations.update(client))
  const hiding = version.visibility !== 0
  const names = { version: version.versionName, name: group.name }

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal()
    if (!open) dialog.current?.close()
  }, [open])

  const confirm = () => {
    if (mutation.isPending) return
    mutation.mutate(
      { imageId: version.imageId, visibility: hiding ? 0 : 1 },
      {
        onSuccess: () => {
          setOpen(false)
          void queryClient.invalidateQueries({ queryKey: myQueries.all })
          void queryClient.invalidateQueries({ queryKey: imageQueries.all })
        },
      },
    )
  }

  return (
    <>
      <button
        type="button"
        onClick={() => {
          mutation.reset()
          setOpen(true)
        }}
        aria-label={t(hiding ? 'edit.visibility.hideNamed' : 'edit.visibility.showNamed', names)}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {t(hiding ? 'edit.visibility.hide' : 'edit.visibility.show')}
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby={`visibility-${version.imageId}`}
          onCancel={() => setOpen(false)}
          className="m-auto max-w-md rounded-lg bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
        >
          <h2 id={`visibility-${version.imageId}`} className="text-lg font-semibold">
            {t(hiding ? 'edit.visibility.hideTitle' : 'edit.visibility.showTitle', names)}
          </h2>
          <p className="mt-2">{visibilityOutcome(group, version, t)}</p>
          {mutation.isError && (
            <div role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
              <ApiErrorMessage error={mutation.error} />
            </div>
          )}
          <div className="mt-4 flex justify-end gap-2">
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded-md border border-slate-300 px-3 py-1.5 dark:border-slate-600"
            >
              {t('edit.visibility.cancel')}
            </button>
            <button
              type="button"
              onClick={confirm}
              disabled={mutation.isPending}
              className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white disabled:opacity-60"
            >
              {mutation.isPending
                ? t('edit.saving')
                : t(hiding ? 'edit.visibility.confirmHide' : 'edit.visibility.confirmShow')}
            </button>
          </div>
        </dialog>
      )}
    </>
  )
}
