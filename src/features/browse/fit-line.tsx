import { lazy, Suspense } from 'react'
import type { CommunityImageGroup } from '@/api/actions/community-images'
import { gpuLabel, runsOn } from '@/api/gpu-types'
import { RunTranslation } from '@/i18n/use-run-translation'
import { useTranslation } from '@/i18n/use-translation'
import { currentVersion } from '@/lib/group'

const FitPrice = lazy(() => import('./gpu-fit/fit-price'))

/**
 * A card's line on "My GPU": whether the current version runs on it, said at once, and its
 * all-in hourly price there, added to the same line once asked (so nothing below it moves).
 */
export function FitLine({ group, gpuType }: { group: CommunityImageGroup; gpuType: string }) {
  const { t } = useTranslation()
  const version = currentVersion(group)
  if (!version) return null
  const gpu = gpuLabel(gpuType)
  if (!runsOn(version.supportedGpuTypes, gpuType)) {
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400" data-fit="no">
        <span aria-hidden="true">✗ </span>
        {t('card.notOn', { gpu })}
      </p>
    )
  }
  return (
    <p className="text-xs text-emerald-800 dark:text-emerald-300" data-fit="yes">
      <span aria-hidden="true">✓ </span>
      {t('card.runsOn', { gpu })}
      <RunTranslation>
        <Suspense fallback={null}>
          <FitPrice version={version} gpuType={gpuType} />
        </Suspense>
      </RunTranslation>
    </p>
  )
}
