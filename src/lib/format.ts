import type { Language } from '@/i18n/catalogue'

const locales: Record<Language, string> = { zh: 'zh-CN', en: 'en' }

// Building a formatter costs far more than using one, and a page of cards formats two numbers
// per card: each language's counter and price formatters are made once.
const counters = new Map<Language, Intl.NumberFormat>()
const prices = new Map<Language, Intl.NumberFormat>()

function cached(
  cache: Map<Language, Intl.NumberFormat>,
  language: Language,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let formatter = cache.get(language)
  if (!formatter)
    cache.set(language, (formatter = new Intl.NumberFormat(locales[language], options)))
  return formatter
}

/** 12,345 → "1.2万" / "12K": counters read at a glance. */
export function formatCount(value: number, language: Language): string {
  return cached(counters, language, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

export function formatPrice(yuanPerHour: number, language: Language): string {
  return cached(prices, language, {
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
