import { useMemo } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { useNavigate } from 'react-router'
import type { CommunityImageGroup, CommunityImageVersion } from '@/api/actions/community-images'
import { LabelledSelect } from '@/components/labelled-select'
import { useLanguage } from '@/components/use-language'
import { formatDate } from '@/lib/format'
import { FieldChanges } from './version-compare-fields'
import { compareVersionPair } from './version-compare-model'
import { ReadmeDiffSection } from './version-compare-readme'
import { comparePath } from './version-compare-url'
import { Button } from '@/components/ui/button'
import { cardClass } from '@/components/ui/classes'

interface CompareViewProps {
  group: CommunityImageGroup
  /** Newest first. */
  versions: CommunityImageVersion[]
  from: CommunityImageVersion
  to: CommunityImageVersion
}

const notice =
  'rounded-lg border border-slate-200 bg-white p-4 text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200'

/** The From / To choice, and what changed between the two versions chosen. */
export function CompareView({ group, versions, from, to }: CompareViewProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const comparison = useMemo(() => compareVersionPair(from, to), [from, to])
  // Choosing is a new history entry, so Back returns to the previous pair (ADR 0009).
  const go = (nextFrom: CommunityImageVersion, nextTo: CommunityImageVersion) =>
    void navigate(comparePath(group.groupId, nextFrom, nextTo, versions), {
      preventScrollReset: true,
    })
  const byId = (imageId: string) => versions.find((v) => v.imageId === imageId)
  const options = versions.map((v) => ({
    value: v.imageId,
    label: t('compare.option', { name: v.versionName, date: formatDate(v.pubTime, language) }),
  }))

  return (
    <>
      <section
        aria-labelledby="compare-pick-title"
        className={`${cardClass} flex flex-col gap-3 p-4`}
      >
        <h2 id="compare-pick-title" className="sr-only">
          {t('compare.pickTitle')}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <LabelledSelect
            label={t('compare.from')}
            value={from.imageId}
            options={options}
            onChange={(id) => go(byId(id) ?? from, to)}
          />
          <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
            →
          </span>
          <LabelledSelect
            label={t('compare.to')}
            value={to.imageId}
            options={options}
            onChange={(id) => go(from, byId(id) ?? to)}
          />
          <Button
            variant="secondary"
            size="sm"
            className="font-medium"
            onClick={() => go(to, from)}
            disabled={from === to}
          >
            <span aria-hidden="true">⇄ </span>
            {t('compare.swap')}
          </Button>
        </div>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {from !== to && t('compare.showing', { from: from.versionName, to: to.versionName })}
        </p>
      </section>
      {from === to ? (
        <p className={notice}>{t('compare.identical', { name: from.versionName })}</p>
      ) : comparison.same ? (
        <section aria-labelledby="compare-same-title" className={notice}>
          <h2 id="compare-same-title" className="text-lg font-semibold">
            {t('compare.noDifferencesTitle')}
          </h2>
          <p className="mt-1">
            {t('compare.noDifferences', { from: from.versionName, to: to.versionName })}
          </p>
        </section>
      ) : (
        <>
          <FieldChanges changes={comparison.fields} />
          {/* Remounted per pair, so unfolded stretches of another pair do not stay open. */}
          <ReadmeDiffSection key={`${from.imageId}:${to.imageId}`} diff={comparison.readme} />
        </>
      )}
    </>
  )
}
