import { useTranslation } from '@/i18n/use-translation'
import { themeChoices } from '@/lib/theme'
import { LabelledSelect } from './labelled-select'
import { useTheme } from './theme-provider'

export function ThemeSwitch({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t } = useTranslation()
  const { choice, setChoice } = useTheme()
  return (
    <LabelledSelect
      label={t('theme.label')}
      hideLabel={hideLabel}
      value={choice}
      onChange={setChoice}
      options={themeChoices.map((value) => ({ value, label: t(`theme.${value}`) }))}
    />
  )
}
