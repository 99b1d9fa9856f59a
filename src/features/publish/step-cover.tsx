import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { Area } from 'react-easy-crop'
import { useFormContext } from 'react-hook-form'
import { useTranslation } from '@/i18n/use-translation'
import { CoverImage } from '@/components/cover-image'
import { useLanguage } from '@/components/use-language'
import { formatSize } from '@/lib/format'
import { useErrorText } from './error-text'
import { checkCoverBytes, type CoverProblem } from './cover-bytes'
import { useCoverPreview } from './cover-preview'
import { openCover, type CoverMaker } from './cover-make'
import type { PublishValues } from './publish-schema'
import { Button, buttonClass } from '@/components/ui/button'
import { cardClass, errorClass } from '@/components/ui/classes'

type Problem = CoverProblem | 'encode'

const CoverCropper = lazy(() => import('./cover-cropper'))

export function StepCover() {
  const { t } = useTranslation()
  const language = useLanguage()
  const errorText = useErrorText()
  const { watch, setValue, formState } = useFormContext<PublishValues>()
  const cover = watch('cover')
  const preview = useCoverPreview(cover)
  const [source, setSource] = useState<{ file: File; url: string } | null>(null)
  const [crop, setCrop] = useState({ x: 0, y: 0 })
  const [zoom, setZoom] = useState(1)
  const [area, setArea] = useState<Area | null>(null)
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(
    () => () => {
      if (source) URL.revokeObjectURL(source.url)
    },
    [source],
  )

  // The cover is made from the moment the picture's size is known (decoding starts then).
  const maker = useRef<CoverMaker | null>(null)
  useEffect(() => {
    if (!source || !natural) return
    const opened = openCover({ file: source.file, natural })
    maker.current = opened
    return () => {
      opened.close()
      maker.current = null
    }
  }, [source, natural])

  const choose = useCallback(async (file: File) => {
    setProblem(null)
    const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer())
    const found = checkCoverBytes(head, file.size)
    if (found) return setProblem(found)
    setSource({ file, url: URL.createObjectURL(file) })
    setNatural(null)
    setZoom(1)
    setCrop({ x: 0, y: 0 })
  }, [])

  const apply = async () => {
    if (!maker.current || !area) return
    setBusy(true)
    try {
      const made = await maker.current.make(area)
      if ('problem' in made) return setProblem(made.problem)
      setValue('cover', made.base64, { shouldDirty: true, shouldValidate: true })
      setSource(null)
    } catch {
      setProblem('broken')
    } finally {
      setBusy(false)
    }
  }

  const coverBytes = Math.floor((cover.length * 3) / 4)
  const message = problem ? t(`publish.errors.cover.${problem}`) : errorText(formState.errors.cover)

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('publish.cover.optional')}</p>
      <div
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault()
          const file = event.dataTransfer.files[0]
          if (file) void choose(file)
        }}
        className="flex flex-col items-start gap-2 rounded-lg border-2 border-dashed border-slate-300 p-4 dark:border-slate-600"
      >
        {/* The file input is hidden in its label: the label shows the focus ring for it. */}
        <label
          className={`${buttonClass('primary', 'sm')} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 dark:has-[:focus-visible]:outline-indigo-400`}
        >
          {t('publish.cover.choose')}
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void choose(file)
            }}
          />
        </label>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('publish.cover.drop')} · {t('publish.cover.hint')}
        </p>
      </div>
      {message && (
        <p role="alert" className={errorClass}>
          {message}
        </p>
      )}
      {source && (
        <div className="flex flex-col gap-3">
          <p className="text-sm">{t('publish.cover.crop')}</p>
          <div className="relative aspect-video w-full max-w-2xl overflow-hidden rounded-md bg-slate-900">
            <Suspense fallback={null}>
              <CoverCropper
                url={source.url}
                crop={crop}
                zoom={zoom}
                onCropChange={setCrop}
                onZoomChange={setZoom}
                onArea={setArea}
                onNaturalSize={setNatural}
              />
            </Suspense>
          </div>
          <label className="flex max-w-md items-center gap-2 text-sm">
            {t('publish.cover.zoom')}
            <input
              type="range"
              min={1}
              max={3}
              step={0.05}
              value={zoom}
              onChange={(event) => setZoom(Number(event.target.value))}
              className="flex-1"
            />
          </label>
          <Button
            size="sm"
            className="self-start"
            disabled={busy || !area || !natural}
            onClick={() => void apply()}
          >
            {busy ? t('publish.cover.processing') : t('publish.cover.apply')}
          </Button>
        </div>
      )}
      {cover && !source && (
        <div className="flex max-w-sm flex-col gap-2">
          <p className="font-medium">{t('publish.cover.preview')}</p>
          <div className={`${cardClass} overflow-hidden`}>
            <CoverImage url={preview} priority="eager" />
          </div>
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {t('publish.cover.ready', { size: formatSize(coverBytes / 1024 / 1024, language) })}
          </p>
          <Button
            variant="quiet"
            className="self-start"
            onClick={() => setValue('cover', '', { shouldDirty: true })}
          >
            {t('publish.cover.remove')}
          </Button>
        </div>
      )}
    </div>
  )
}
