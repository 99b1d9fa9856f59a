import { useTranslation } from '@/i18n/use-translation'
import { LanguageSwitch } from '@/components/language-switch'
import { PageHeader } from '@/components/page-header'
import { ThemeSwitch } from '@/components/theme-switch'
import { cardClass } from '@/components/ui/classes'
import { ConnectionForm } from './connection-form'
import { ConnectionSummary } from './connection-summary'

const panelStyle = `${cardClass} max-w-2xl p-4`

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('pages.settings.title')}>
        <p>{t('pages.settings.intro')}</p>
      </PageHeader>
      <section aria-labelledby="settings-connection" className={`${panelStyle} mb-6`}>
        <h2 id="settings-connection" className="mb-2 text-lg font-medium">
          {t('settings.connection')}
        </h2>
        <ConnectionSummary />
        <ConnectionForm />
      </section>
      <section aria-labelledby="settings-appearance" className={panelStyle}>
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
