import type { Language } from '@/i18n/catalogue'
import type { TFunction } from '@/i18n/i18n'
import { homeLinkClass, navLinkClass, SiteHeader } from './site-header'

/**
 * The page frame the build writes into index.html (build/shell.ts), once per language;
 * public/page-init.js picks the language and CSS hides the other. It paints as soon as the
 * HTML and CSS are in, before any script, and React replaces it whole on its first render
 * (src/main.tsx), which the router holds back until the page's chunk is here (ADR 0016).
 * Its links are plain links: they work before the app starts, and without it.
 */
export function Shell({ language, t }: { language: Language; t: TFunction }) {
  return (
    <div
      data-shell={language}
      lang={language === 'zh' ? 'zh-CN' : 'en'}
      className="flex min-h-dvh flex-col"
    >
      <SiteHeader
        t={t}
        home={(brand) => (
          <a href="/" className={homeLinkClass}>
            {brand}
          </a>
        )}
        navLink={(item) => (
          <a href={item.to} className={navLinkClass(false)}>
            {t(item.key)}
          </a>
        )}
      />
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {t('app.loading')}
        </p>
      </main>
    </div>
  )
}
