import { useId } from 'react'
import { changingStates, type Instance } from '@/api/actions/instances'
import { gpuLabel } from '@/api/gpu-types'
import { cardClass } from '@/components/ui/classes'
import { useLanguage } from '@/components/use-language'
import type { Language } from '@/i18n/catalogue'
import type { RunKey, RunT } from '@/i18n/run-catalogue'
import { useRunTranslation } from '@/i18n/use-run-translation'
import { formatPrice } from '@/lib/format'
import { safeUrl } from '@/lib/safe-url'
import { InstanceActions } from './instance-actions'

const stateKeys: Record<string, RunKey> = {
  Initializing: 'instances.states.Initializing',
  Pending: 'instances.states.Pending',
  Starting: 'instances.states.Starting',
  Running: 'instances.states.Running',
  Stopping: 'instances.states.Stopping',
  Stopped: 'instances.states.Stopped',
  Rebooting: 'instances.states.Rebooting',
  'Install Fail': 'instances.states.Install Fail',
}

export function stateText(state: string, r: RunT): string {
  const key = stateKeys[state]
  return key ? r(key) : state
}

function duration(seconds: number, r: RunT): string {
  const minutes = Math.max(0, Math.floor(seconds / 60))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? r('instances.hoursMinutes', { h, m }) : r('instances.minutes', { m })
}

function dateTime(unixSeconds: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(unixSeconds * 1000)
}

/** One instance: what it runs, on what, its state, what this run has cost, what to do with it. */
export function InstanceCard({ instance, now }: { instance: Instance; now: number }) {
  const { r } = useRunTranslation()
  const language = useLanguage()
  const titleId = useId()
  const running = instance.state === 'Running'
  // `now` ticks every few seconds, and the service's clock is not this one: never below zero.
  const runSeconds = running && instance.startTime > 0 ? Math.max(0, now - instance.startTime) : 0
  const price = (yuan: number) => formatPrice(yuan, language)
  const tone = running
    ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100'
    : changingStates.has(instance.state)
      ? 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100'
      : 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200'

  return (
    <article aria-labelledby={titleId} className={`${cardClass} flex flex-col gap-2 p-4 text-sm`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold break-words">
            {instance.name || instance.id}
          </h3>
          <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">
            {instance.id}
          </p>
        </div>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${tone}`}>
          {stateText(instance.state, r)}
        </span>
      </div>
      {instance.imageName && (
        <p className="break-words">{r('instances.fromImage', { image: instance.imageName })}</p>
      )}
      <p>
        {r('instances.gpuLine', { gpus: instance.gpus, gpu: gpuLabel(instance.gpuType) })}
        {' · '}
        {r('instances.hourly', { price: price(instance.hourly) })}
      </p>
      {running && instance.startTime > 0 && (
        <p>
          {r('instances.runFor', {
            duration: duration(runSeconds, r),
            cost: price((instance.hourly * runSeconds) / 3600),
          })}
        </p>
      )}
      <p>
        {instance.stopAt > 0
          ? r('instances.stopAt', { time: dateTime(instance.stopAt, language) })
          : r('instances.noStop')}
      </p>
      {running && instance.softwares.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {instance.softwares.map((software) => {
            const href = safeUrl(software.url)
            if (!href) return null
            return (
              <li key={software.name}>
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={r('instances.openNamed', {
                    app: software.name,
                    name: instance.name || instance.id,
                  })}
                  className="font-medium text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
                >
                  {r('instances.open', { app: software.name })}
                </a>
              </li>
            )
          })}
        </ul>
      )}
      <InstanceActions instance={instance} price={price(instance.hourly)} />
    </article>
  )
}
