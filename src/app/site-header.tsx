import type { ReactNode } from 'react'
import type { TFunction } from '@/i18n/i18n'

export const navItems = [
  { to: '/', key: 'nav.browse', end: true },
  { to: '/publish', key: 'nav.publish', end: false },
  { to: '/my', key: 'nav.my', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const
export type NavItem = (typeof navItems)[number]

export function navLinkClass(isActive: boolean): string {
  return `block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap ${
    isActive
      ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`
}

export const homeLinkClass = 'flex items-center gap-2 text-base font-semibold whitespace-nowrap'

interface SiteHeaderProps {
  t: TFunction
  /** The brand, inside the link home (the app's router link, or a plain one in the shell). */
  home: (brand: ReactNode) => ReactNode
  navLink: (item: NavItem) => ReactNode
  controls?: ReactNode
}

/**
 * The bar on every page. The app renders it with router links and the language and theme
 * controls; the build renders it with plain links into index.html, so it paints before any
 * script has run (src/app/shell.tsx, ADR 0016).
 */
export function SiteHeader({ t, home, navLink, controls }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        {home(
          <>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </>,
        )}
        <nav aria-label={t('nav.label')} className="order-last w-full md:order-none md:w-auto">
          {/* Wraps rather than scrolls: on a phone every page stays in sight (ADR 0022). */}
          <ul className="flex flex-wrap gap-1">
            {navItems.map((item) => (
              <li key={item.to}>{navLink(item)}</li>
            ))}
          </ul>
        </nav>
        {/* As tall as the controls, so the shell's header has the app's height before they exist. */}
        <div className="ms-auto flex min-h-[2.125rem] items-center gap-3">{controls}</div>
      </div>
    </header>
  )
}
