import type { Language } from '@/i18n/catalogue'

const locales: Record<Language, string> = { zh: 'zh-CN', en: 'en' }

// Building a formatter costs far more than using one (the first one of a page also starts the
// browser's locale data: 25–45 ms on a fast machine), and a page of cards formats several
// numbers per card: each language's formatters are made once, and `warmFormatters` makes them
// while the first page's data is still downloading (src/main.tsx, ADR 0016).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

/** The formatter named `name` for `language`, made on first use. */
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  name: string,
  language: Language,
  make: (locale: string) => F,
): F {
  const key = `${language} ${name}`
  let formatter = formatters.get(key) as F | undefined
  if (!formatter) formatters.set(key, (formatter = make(locales[language])))
  return formatter
}

const numbers = (options: Intl.NumberFormatOptions) => (locale: string) =>
  new Intl.NumberFormat(locale, options)

const counter = numbers({ notation: 'compact', maximumFractionDigits: 1 })
const price = numbers({
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const size = (unit: 'gigabyte' | 'megabyte' | 'kilobyte') =>
  numbers({ style: 'unit', unit, maximumFractionDigits: unit === 'kilobyte' ? 0 : 1 })
const date = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

/** 12,345 → "1.2万" / "12K": counters read at a glance. */
export function formatCount(value: number, language: Language): string {
  return cached('count', language, counter).format(value)
}

export function formatPrice(yuanPerHour: number, language: Language): string {
  return cached('price', language, price).format(yuanPerHour)
}

/** Unix seconds → a date in the reader's language. */
export function formatDate(unixSeconds: number, language: Language): string {
  return cached('date', language, date).format(unixSeconds * 1000)
}

/** Megabytes → "96 KB" / "512 MB" / "20.5 GB": under 1 MB in whole KB, never "0 MB". */
export function formatSize(megabytes: number, language: Language): string {
  const gigabytes = megabytes / 1024
  const [value, unit] =
    gigabytes >= 1
      ? [gigabytes, 'gigabyte' as const]
      : megabytes >= 1
        ? [megabytes, 'megabyte' as const]
        : [megabytes > 0 ? Math.max(1, Math.round(megabytes * 1024)) : 0, 'kilobyte' as const]
  return cached(unit, language, size(unit)).format(value)
}

/** Makes the formatters pages start with, so their first render does not pay for them. */
export function warmFormatters(language: Language): void {
  formatCount(0, language)
  formatPrice(0, language)
  formatDate(0, language)
}
