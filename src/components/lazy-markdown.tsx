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
        checkedLabel={t('markdown.done')}
        uncheckedLabel={t('markdown.todo')}
      />
    </Suspense>
  )
}
