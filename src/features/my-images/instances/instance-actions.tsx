import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { Instance, InstanceAction } from '@/api/actions/instances'
import { InstanceError } from '@/components/instance-error'
import { Button } from '@/components/ui/button'
import { Dialog, DialogActions } from '@/components/ui/dialog'
import type { RunKey } from '@/i18n/run-catalogue'
import { useRunTranslation } from '@/i18n/use-run-translation'
import { useApiClient } from '@/lib/api-client-context'
import { instanceMutations } from '@/lib/instance-queries'

const texts: Record<
  InstanceAction,
  Record<'button' | 'named' | 'title' | 'body' | 'confirm', RunKey>
> = {
  Start: {
    button: 'instances.start',
    named: 'instances.startNamed',
    title: 'instances.startTitle',
    body: 'instances.startBody',
    confirm: 'instances.confirmStart',
  },
  Stop: {
    button: 'instances.stop',
    named: 'instances.stopNamed',
    title: 'instances.stopTitle',
    body: 'instances.stopBody',
    confirm: 'instances.confirmStop',
  },
  Terminate: {
    button: 'instances.delete',
    named: 'instances.deleteNamed',
    title: 'instances.deleteTitle',
    body: 'instances.deleteBody',
    confirm: 'instances.confirmDelete',
  },
}

/** What can be done with the instance in its state; each after a confirmation of its cost. */
function offered(state: string): InstanceAction[] {
  if (state === 'Running') return ['Stop', 'Terminate']
  if (state === 'Stopped') return ['Start', 'Terminate']
  if (state === 'Install Fail') return ['Terminate']
  return []
}

export function InstanceActions({ instance, price }: { instance: Instance; price: string }) {
  const { r } = useRunTranslation()
  const client = useApiClient()
  const mutation = useMutation(instanceMutations.change(client))
  const [asking, setAsking] = useState<InstanceAction | null>(null)
  const name = instance.name || instance.id
  const actions = offered(instance.state)
  if (actions.length === 0) return null

  const confirm = () => {
    if (!asking || mutation.isPending) return
    mutation.mutate({ change: asking, instance }, { onSuccess: () => setAsking(null) })
  }

  return (
    <div className="mt-1 flex flex-wrap gap-2">
      {actions.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={action === 'Terminate' ? 'danger' : 'secondary'}
          aria-label={r(texts[action].named, { name })}
          onClick={() => {
            mutation.reset()
            setAsking(action)
          }}
        >
          {r(texts[action].button)}
        </Button>
      ))}
      {asking && (
        <Dialog open onClose={() => setAsking(null)} title={r(texts[asking].title, { name })}>
          <p className="mt-2">{r(texts[asking].body, { price })}</p>
          {mutation.isError && (
            <div className="mt-3">
              <InstanceError error={mutation.error} />
            </div>
          )}
          <DialogActions>
            <Button variant="secondary" size="sm" onClick={() => setAsking(null)}>
              {r('instances.cancel')}
            </Button>
            <Button
              size="sm"
              variant={asking === 'Terminate' ? 'critical' : 'primary'}
              onClick={confirm}
              disabled={mutation.isPending}
            >
              {r(texts[asking].confirm)}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </div>
  )
}
