import { lazy, Suspense, useMemo, type ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { Heading } from '@/lib/headings'

// The markdown renderer (react-markdown) is a chunk of its own, fetched only where markdown
// shows; its parser runs in a worker (src/components/markdown/parse.ts).
const MarkdownView = lazy(() => import('./markdown/markdown-view'))

interface LazyMarkdownProps {
  source: string
  /** Drawn above the readme once it is drawn, with its headings (a contents list). */
  contents?: (headings: Heading[]) => ReactNode
}

export function LazyMarkdown({ source, contents }: LazyMarkdownProps) {
  const { t } = useTranslation()
  // The same object until the language changes: the view redraws its tree when labels change.
  const labels = useMemo(
    () => ({
      done: t('markdown.done'),
      todo: t('markdown.todo'),
      code: t('markdown.code'),
      table: t('markdown.table'),
      plain: t('markdown.plain'),
      footnotes: t('markdown.footnotes'),
      backToReference: t('markdown.backToReference'),
      loading: t('detail.loadingReadme'),
    }),
    [t],
  )
  return (
    <Suspense fallback={<p role="status">{labels.loading}</p>}>
      <MarkdownView source={source} labels={labels} contents={contents} />
    </Suspense>
  )
}
