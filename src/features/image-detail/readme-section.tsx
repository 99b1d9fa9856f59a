import { useTranslation } from '@/i18n/use-translation'
import { LazyMarkdown } from '@/components/lazy-markdown'
import type { Heading } from '@/lib/headings'

const tocThreshold = 3
const tocDepth = 3

/** Levels 1–3 of the readme's headings, linked by the ids the drawn headings carry. */
function ContentsList({ headings }: { headings: Heading[] }) {
  const { t } = useTranslation()
  const listed = headings.filter((h) => h.depth <= tocDepth)
  if (listed.length < tocThreshold) return null
  return (
    <nav
      aria-label={t('detail.toc')}
      className="mt-3 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800/60"
    >
      <p className="mb-1 font-medium">{t('detail.toc')}</p>
      <ol className="space-y-1">
        {listed.map((h) => (
          <li key={h.id} style={{ paddingInlineStart: `${(h.depth - 1) * 0.75}rem` }}>
            <a href={`#${h.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

const contentsList = (headings: Heading[]) => <ContentsList headings={headings} />

export function ReadmeSection({ readme }: { readme: string }) {
  const { t } = useTranslation()
  return (
    <section
      aria-labelledby="readme-title"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="readme-title" className="text-lg font-semibold">
        {t('detail.readme')}
      </h2>
      {readme.trim() ? (
        // The contents come with the drawn readme, from its parsed tree: a readme shown as
        // plain text has no heading ids to link to, and no contents list.
        <LazyMarkdown source={readme} contents={contentsList} />
      ) : (
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t('detail.noReadme')}</p>
      )}
    </section>
  )
}
