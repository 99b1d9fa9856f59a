import { useFormContext, useWatch } from 'react-hook-form'
import type { MessageKey } from '@/i18n/i18n'
import { useTranslation } from '@/i18n/use-translation'
import type { PublishValues } from './publish-schema'
import { differingFields, type DraftConflict as Conflict } from './use-draft-tabs'
import { buttonClass } from '@/components/ui/button'

/** Each field by the label the wizard shows it with. */
const labels: Record<keyof PublishValues, MessageKey> = {
  imageId: 'publish.image.legend',
  target: 'publish.image.target',
  groupId: 'publish.image.group',
  versionName: 'publish.version.name',
  versionDesc: 'publish.version.notes',
  name: 'publish.listing.name',
  description: 'publish.listing.description',
  tags: 'publish.listing.tags',
  gpus: 'publish.listing.gpus',
  applications: 'publish.software.applications',
  cudaVersion: 'publish.software.cudaVersion',
  framework: 'publish.software.framework',
  frameworkVersion: 'publish.software.frameworkVersion',
  autoStart: 'publish.listing.autoStart',
  paid: 'publish.listing.pricing',
  price: 'publish.listing.price',
  cover: 'publish.cover.label',
  readme: 'publish.readme.label',
}

const button = buttonClass('warning', 'sm')

/**
 * Another tab changed (or removed) this draft: this tab has stopped saving until the user
 * chooses. An alert, so it is announced, but it does not take the focus from someone typing;
 * it sticks to the bottom of the window while the form is on screen, so it is not missed below
 * a long readme.
 */
export function DraftConflict({
  conflict,
  onKeep,
  onTake,
  onLeave,
}: {
  conflict: Conflict
  /** Write this tab's version over the other's. */
  onKeep: () => void
  /** Put the other tab's version in this form. */
  onTake: () => void
  /** The draft is gone: discard it here too. */
  onLeave: () => void
}) {
  const { t, i18n } = useTranslation()
  const { control, getValues } = useFormContext<PublishValues>()
  // Re-rendered on each edit: what differs changes as the user types.
  useWatch({ control })
  const time = new Date(conflict.savedAt).toLocaleTimeString(i18n.language)
  const differing = conflict.removed ? [] : differingFields(getValues(), conflict.values)
  // Two fields may share one label; each is named once.
  const names = [...new Set(differing.map((field) => t(labels[field])))]

  return (
    <div
      role="alert"
      aria-labelledby="draft-tabs-title"
      className="sticky bottom-2 z-10 flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p id="draft-tabs-title" className="font-medium">
        {t(conflict.removed ? 'draftTabs.removed' : 'draftTabs.changed', { time })}
      </p>
      <p>{t('draftTabs.paused')}</p>
      {names.length > 0 && (
        <div>
          <p>{t('draftTabs.differs')}</p>
          <ul className="ms-5 list-disc">
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-3 pt-1">
        <button type="button" onClick={onKeep} className={button}>
          {t(conflict.removed ? 'draftTabs.keepRemoved' : 'draftTabs.keep')}
        </button>
        {conflict.removed ? (
          <button type="button" onClick={onLeave} className={button}>
            {t('draftTabs.leave')}
          </button>
        ) : (
          <button type="button" onClick={onTake} className={button}>
            {t('draftTabs.take')}
          </button>
        )}
      </div>
    </div>
  )
}
