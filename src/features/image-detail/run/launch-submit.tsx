import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { CommunityImageVersion } from '@/api/actions/community-images'
import type { InstanceSize } from '@/api/actions/instance-price'
import type { Instance } from '@/api/actions/instances'
import { mayHaveArrived } from '@/api/arrival'
import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { DialogActions } from '@/components/ui/dialog'
import { useRunTranslation } from '@/i18n/run-context'
import { useApiClient } from '@/lib/api-client-context'
import { useConnection } from '@/lib/connection-context'
import { formatPrice } from '@/lib/format'
import { instanceMutations, stopAfter } from '@/lib/instance-queries'
import type { LaunchForm } from './launch-form'
import { findLaunched, knownInstances } from './launched'

type Outcome =
  | { kind: 'created'; id: string; scheduleFailed: boolean }
  | { kind: 'checking' }
  | { kind: 'notCreated' }
  | { kind: 'unknown' }

/** The confirmation, the one create request, and what became of it. */
export function LaunchSubmit({
  version,
  form,
  size,
  total,
  onBilled,
  onClose,
  renderError,
}: {
  version: CommunityImageVersion
  form: LaunchForm
  /** Null while the size is not valid or not known to be in stock. */
  size: InstanceSize | null
  total: number | null
  onBilled: (billed: boolean) => void
  onClose: () => void
  renderError: (error: unknown) => ReactNode
}) {
  const { r, language } = useRunTranslation()
  const client = useApiClient()
  const queryClient = useQueryClient()
  const connection = useConnection()
  const launch = useMutation(instanceMutations.launch(client))
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const sentAt = useRef(0)
  const [preparing, setPreparing] = useState(false)
  const real = connection.mode === 'compshare'

  // The create's answer was lost: the instance may exist. Look before offering to buy another.
  const recover = async (known: Instance[] | undefined) => {
    setOutcome({ kind: 'checking' })
    const found = await findLaunched(queryClient, client, version.imageId, {
      known,
      since: sentAt.current,
    })
    if (!found) {
      setOutcome({ kind: found === undefined ? 'unknown' : 'notCreated' })
      return
    }
    // Its stop was never sent: the create's answer never came back to send it after.
    const hours = form.autoStop ? Number(form.hours) : null
    const scheduled = hours === null || (await stopAfter(client, found, hours))
    setOutcome({ kind: 'created', id: found, scheduleFailed: !scheduled })
  }

  const send = async () => {
    if (!size || launch.isPending || preparing) return
    // What exists before the click: after a lost answer, anything new is what this click made.
    setPreparing(true)
    const known = await knownInstances(queryClient, client)
    setPreparing(false)
    sentAt.current = Math.floor(Date.now() / 1000)
    setOutcome(null)
    launch.mutate(
      {
        size,
        imageId: version.imageId,
        name: form.name,
        stopAfterHours: form.autoStop ? Number(form.hours) : null,
      },
      {
        onSuccess: ({ id, scheduleFailed }) => setOutcome({ kind: 'created', id, scheduleFailed }),
        onError: (error) => {
          if (mayHaveArrived(error)) void recover(known)
        },
      },
    )
  }

  if (outcome?.kind === 'created') {
    return (
      <div role="status" className="flex flex-col gap-2">
        <p className="font-medium">
          {launch.isError ? r('launch.lostFound', { id: outcome.id }) : null}
          {launch.isError ? ' ' : null}
          {r('launch.created', { id: outcome.id })}
        </p>
        {outcome.scheduleFailed && (
          <p className="text-amber-800 dark:text-amber-300">{r('launch.scheduleFailed')}</p>
        )}
        <DialogActions>
          <Button variant="secondary" size="sm" onClick={onClose}>
            {r('launch.close')}
          </Button>
          <Link to="/my#instances" className="rounded-md bg-indigo-600 px-3 py-1.5 text-white">
            {r('launch.goMine')}
          </Link>
        </DialogActions>
      </div>
    )
  }

  const checking = outcome?.kind === 'checking'
  const blocked = checking || outcome?.kind === 'unknown'
  const ready = size !== null && total !== null && (!real || form.billed) && !blocked
  return (
    <div className="flex flex-col gap-2">
      <p>
        {real
          ? r('launch.billedNote', { region: connection.region, zone: connection.zone })
          : r('launch.sandboxNote')}
      </p>
      {real && (
        <Checkbox
          label={r('launch.billed')}
          checked={form.billed}
          onChange={(e) => onBilled(e.target.checked)}
        />
      )}
      {launch.isError && !mayHaveArrived(launch.error) && renderError(launch.error)}
      {outcome && (
        <p role="status" className={checking ? '' : 'text-amber-800 dark:text-amber-300'}>
          {checking
            ? r('launch.lost')
            : outcome.kind === 'notCreated'
              ? r('launch.lostNone')
              : r('launch.lostUnknown')}
        </p>
      )}
      <DialogActions>
        <Button variant="secondary" size="sm" onClick={onClose}>
          {r('launch.cancel')}
        </Button>
        <Button
          size="sm"
          onClick={() => void send()}
          disabled={!ready || launch.isPending || preparing}
        >
          {launch.isPending || preparing
            ? r('launch.sending')
            : outcome?.kind === 'notCreated'
              ? r('launch.tryAgain')
              : r('launch.submit', { price: total === null ? '…' : formatPrice(total, language) })}
        </Button>
      </DialogActions>
    </div>
  )
}
