import { useMemo, type ReactNode } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { gpuLabel, runsOn } from '@/api/gpu-types'
import { Button } from '@/components/ui/button'
import { useTranslation } from '@/i18n/use-translation'
import { currentVersion } from '@/lib/group'
import type { MyGpu } from '@/lib/my-gpu'
import { FitLine } from './fit-line'

export interface Fits {
  /** The "runs on My GPU" filter is on. */
  on: boolean
  gpuType: string
  /** The page's groups that are shown: those that run on the GPU while the filter is on. */
  groups: CommunityImageGroup[]
  /** How many the service sent for this page, before this device's filter. */
  count: number
  renderFit: ((group: CommunityImageGroup) => ReactNode) | undefined
}

/**
 * The page's results read against "My GPU". The service cannot filter by GPU, so the filter
 * applies to the page it sent: its total and the pages stay the service's.
 */
export function useFits(groups: CommunityImageGroup[], { gpuType, only: on }: MyGpu): Fits {
  return useMemo(() => {
    const runs = (group: CommunityImageGroup) =>
      runsOn(currentVersion(group)?.supportedGpuTypes ?? [], gpuType)
    return {
      on,
      gpuType,
      groups: on ? groups.filter(runs) : groups,
      count: groups.length,
      renderFit: gpuType
        ? (group: CommunityImageGroup) => <FitLine group={group} gpuType={gpuType} />
        : undefined,
    }
  }, [groups, gpuType, on])
}

/** How many of this page the filter kept, said as the page's, and a way back to all of it. */
export function FitNote({ fits, onShowAll }: { fits: Fits; onShowAll: () => void }) {
  const { t } = useTranslation()
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800/60"
    >
      <p className="min-w-0">
        {t('browse.fitsShown', {
          count: fits.count,
          shown: fits.groups.length,
          gpu: gpuLabel(fits.gpuType),
        })}
      </p>
      {fits.groups.length < fits.count && (
        <Button variant="link" onClick={onShowAll}>
          {t('browse.fitsShowAll')}
        </Button>
      )}
    </div>
  )
}
