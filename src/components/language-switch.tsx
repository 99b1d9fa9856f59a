import { useTranslation } from '@/i18n/use-translation'
import { languages } from '@/i18n/catalogue'
import { rememberLanguage } from '@/i18n/i18n'
import { LabelledSelect } from './labelled-select'
import { notify } from './toast'
import { useLanguage } from './use-language'

export function LanguageSwitch({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t, i18n } = useTranslation()
  const current = useLanguage()
  return (
    <LabelledSelect
      label={t('language.label')}
      hideLabel={hideLabel}
      value={current}
      onChange={(language) => {
        rememberLanguage(language)
        i18n.changeLanguage(language).catch(() => notify.error(t('language.failed')))
      }}
      // Each language names itself, in its own language, so anyone can find theirs.
      options={languages.map((value) => ({
        value,
        label: t(`language.${value}`),
        lang: value === 'zh' ? 'zh-CN' : 'en',
      }))}
    />
  )
}
