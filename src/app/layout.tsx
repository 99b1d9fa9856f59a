import { useTranslation } from '@/i18n/use-translation'
import { Link, NavLink, Outlet, ScrollRestoration, useMatches, useNavigation } from 'react-router'
import { LanguageSwitch } from '@/components/language-switch'
import { ThemeSwitch } from '@/components/theme-switch'
import { primaryButtonClass } from '@/components/ui/action'
import { canCallApi } from '@/lib/connection'
import { useConnection } from '@/lib/connection-context'
import { KeysNeeded } from './keys-needed'
import type { RouteHandle } from './route-handle'
import { homeLinkClass, navLinkClass, SiteHeader } from './site-header'
import { useSearchShortcut } from './use-search-shortcut'
import { useHeadingFocus } from './use-heading-focus'

export function Layout() {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const connection = useConnection()
  useSearchShortcut()
  useHeadingFocus()
  const worksWithoutKeys = useMatches().some(
    (match) => (match.handle as RouteHandle | undefined)?.worksWithoutKeys,
  )
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className={`${primaryButtonClass} sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-4 focus:py-2`}
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
      <SiteHeader
        t={t}
        home={(brand) => (
          <Link to="/" className={homeLinkClass}>
            {brand}
          </Link>
        )}
        navLink={(item) => (
          <NavLink to={item.to} end={item.end} className={({ isActive }) => navLinkClass(isActive)}>
            {t(item.key)}
          </NavLink>
        )}
        controls={
          <>
            <LanguageSwitch hideLabel />
            <ThemeSwitch hideLabel />
          </>
        }
      />
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
