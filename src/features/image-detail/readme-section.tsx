import { useMemo } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { LazyMarkdown } from '@/components/lazy-markdown'
import { extractHeadings } from '@/lib/headings'
import { fitsMarkdownBudget } from '@/lib/markdown-budget'

const tocThreshold = 3

export function ReadmeSection({ readme }: { readme: string }) {
  const { t } = useTranslation()
  // A readme shown as plain text has no heading ids to link to.
  const headings = useMemo(
    () => (fitsMarkdownBudget(readme) ? extractHeadings(readme) : []),
    [readme],
  )
  return (
    <section
      aria-labelledby="readme-title"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="readme-title" className="text-lg font-semibold">
        {t('detail.readme')}
      </h2>
      {headings.length >= tocThreshold && (
        <nav
          aria-label={t('detail.toc')}
          className="mt-3 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800/60"
        >
          <p className="mb-1 font-medium">{t('detail.toc')}</p>
          <ol className="space-y-1">
            {headings.map((h) => (
              <li key={h.slug} style={{ paddingInlineStart: `${(h.depth - 1) * 0.75}rem` }}>
                <a
                  href={`#${h.slug}`}
                  className="text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {h.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {readme.trim() ? (
        <LazyMarkdown source={readme} />
      ) : (
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t('detail.noReadme')}</p>
      )}
    </section>
  )
}
