import { lazy, Suspense } from 'react'
import { useTranslation } from '@/i18n/use-translation'

// The markdown renderer is a chunk of its own, fetched only where markdown shows; its parser
// runs in a worker (src/components/markdown/parse.ts).
const MarkdownView = lazy(() => import('./markdown/markdown-view'))

export function LazyMarkdown({ source }: { source: string }) {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<p role="status">{t('detail.loadingReadme')}</p>}>
      <MarkdownView
        source={source}
        labels={{
          done: t('markdown.done'),
          todo: t('markdown.todo'),
          code: t('markdown.code'),
          table: t('markdown.table'),
          plain: t('markdown.plain'),
          loading: t('detail.loadingReadme'),
        }}
      />
    </Suspense>
  )
}
