import { useTranslation } from '@/i18n/use-translation'
import { isLanguage, type Language } from '@/i18n/catalogue'

export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'zh'
}
