import { lazy, Suspense, useState } from 'react'
import { gpuLabel, gpuSpecs } from '@/api/gpu-types'
import { LabelledSelect } from '@/components/labelled-select'
import { Checkbox } from '@/components/ui/checkbox'
import { RunTranslation } from '@/i18n/use-run-translation'
import { useTranslation } from '@/i18n/use-translation'
import { storeMyGpu, type MyGpu } from '@/lib/my-gpu'

const GpuSummary = lazy(() => import('./gpu-fit/gpu-summary'))

/**
 * "My GPU": the GPU the cards are read against, kept on this device (none by default), what the
 * zone has of it, and a filter to the images that run on it.
 */
export function MyGpuFilter({ myGpu }: { myGpu: MyGpu }) {
  const { t } = useTranslation()
  const [unsaved, setUnsaved] = useState(false)
  const { gpuType } = myGpu
  const choose = (next: MyGpu) => setUnsaved(!storeMyGpu(next))
  const options = [
    { value: '', label: t('browse.myGpuNone') },
    ...gpuSpecs.map((spec) => ({ value: spec.name, label: spec.label })),
  ]
  return (
    <div className="flex flex-col gap-2 text-sm">
      <LabelledSelect
        label={t('browse.myGpu')}
        value={gpuType}
        options={options}
        onChange={(next) => choose({ gpuType: next, only: myGpu.only })}
      />
      {unsaved && (
        <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
          {t('browse.notStored')}
        </p>
      )}
      {gpuType && (
        <>
          <Checkbox
            label={t('browse.fitsOnly', { gpu: gpuLabel(gpuType) })}
            checked={myGpu.only}
            onChange={(event) => choose({ gpuType, only: event.target.checked })}
          />
          <RunTranslation>
            <Suspense fallback={null}>
              <GpuSummary gpuType={gpuType} />
            </Suspense>
          </RunTranslation>
        </>
      )}
    </div>
  )
}
