import type { Language } from '@/i18n/catalogue'

const locales: Record<Language, string> = { zh: 'zh-CN', en: 'en' }

/** 12,345 → "1.2万" / "12K": counters read at a glance. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value)
}

export function formatPrice(yuanPerHour: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(yuanPerHour)
}

/** Unix seconds → a date in the reader's language. */
export function formatDate(unixSeconds: number, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium' }).format(
    unixSeconds * 1000,
  )
}

/** Megabytes → "512 MB" / "20.5 GB". */
export function formatSize(megabytes: number, language: Language): string {
  const gigabytes = megabytes / 1024
  const [value, unit] = gigabytes >= 1 ? [gigabytes, 'gigabyte'] : [megabytes, 'megabyte']
  return new Intl.NumberFormat(locales[language], {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value)
}
