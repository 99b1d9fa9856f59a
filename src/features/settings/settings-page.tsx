import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@/components/language-switch'
import { PageHeader } from '@/components/page-header'
import { ThemeSwitch } from '@/components/theme-switch'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('pages.settings.title')}>
        <p>{t('pages.settings.intro')}</p>
      </PageHeader>
      <section
        aria-labelledby="settings-appearance"
        className="max-w-xl rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="settings-appearance" className="mb-4 text-lg font-medium">
          {t('pages.settings.appearance')}
        </h2>
        <div className="flex flex-col gap-4 sm:flex-row sm:gap-8">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </section>
    </>
  )
}
