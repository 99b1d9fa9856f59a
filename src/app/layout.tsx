import { useTranslation } from '@/i18n/use-translation'
import { Link, NavLink, Outlet, ScrollRestoration, useMatches, useNavigation } from 'react-router'
import { LanguageSwitch } from '@/components/language-switch'
import { ThemeSwitch } from '@/components/theme-switch'
import { canCallApi } from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'
import { KeysNeeded } from './keys-needed'
import type { RouteHandle } from './route-handle'
import { useSearchShortcut } from './use-search-shortcut'

const navItems = [
  { to: '/', key: 'nav.browse', end: true },
  { to: '/publish', key: 'nav.publish', end: false },
  { to: '/my', key: 'nav.my', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const

export function Layout() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const connection = useConnection()
  useSearchShortcut()
  const worksWithoutKeys = useMatches().some(
    (match) => (match.handle as RouteHandle | undefined)?.worksWithoutKeys,
  )
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-indigo-600 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('app.skipToContent')}
      </a>
      {navigation.state === 'loading' && (
        <div
          role="progressbar"
          aria-label={t('app.pageLoading')}
          className="fixed inset-x-0 top-0 z-50 h-0.5 animate-pulse bg-indigo-600"
        />
      )}
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link
            to="/"
            className="flex items-center gap-2 text-base font-semibold whitespace-nowrap"
          >
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </Link>
          <nav
            aria-label={t('nav.label')}
            className="order-last -mx-1 w-full overflow-x-auto md:order-none md:w-auto"
          >
            <ul className="flex gap-1">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      `block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap ${
                        isActive
                          ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300'
                          : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                      }`
                    }
                  >
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ms-auto flex items-center gap-3">
            <LanguageSwitch hideLabel />
            <ThemeSwitch hideLabel />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none"
      >
        {worksWithoutKeys || canCallApi(connection) ? <Outlet /> : <KeysNeeded />}
      </main>
      <ScrollRestoration />
    </div>
  )
}
