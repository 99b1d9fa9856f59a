import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import type { Heading } from '@/lib/headings'
import { whenIdleAfterLoad } from '@/lib/idle'

// The markdown renderer (react-markdown) is a chunk of its own, fetched only where markdown
// shows, and only once the page has loaded: on a group page the cover and the listing paint
// first, and the renderer's 37 KB and its worker do not compete with them (ADR 0021). Its
// parser runs in a worker (src/components/markdown/parse.ts).
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
  const [loaded, setLoaded] = useState(false)
  useEffect(() => whenIdleAfterLoad(() => setLoaded(true)), [])
  const loading = <p role="status">{labels.loading}</p>
  return loaded ? (
    <Suspense fallback={loading}>
      <MarkdownView source={source} labels={labels} contents={contents} />
    </Suspense>
  ) : (
    loading
  )
}
