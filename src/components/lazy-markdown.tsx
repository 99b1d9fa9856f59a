import { lazy, Suspense } from 'react'
import { useTranslation } from '@/i18n/use-translation'

// react-markdown and its plugins are a chunk of their own, fetched only where markdown shows.
const MarkdownView = lazy(() => import('./markdown'))

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
        }}
      />
    </Suspense>
  )
}
