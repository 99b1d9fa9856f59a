import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  applyTheme,
  onSystemThemeChange,
  readThemeChoice,
  storeThemeChoice,
  type ThemeChoice,
} from '@/lib/theme'

interface ThemeContextValue {
  choice: ThemeChoice
  setChoice: (choice: ThemeChoice) => void
}

const ThemeContext = createContext<ThemeContextValue | null>(null)

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice)

  useEffect(() => {
    applyTheme(choice)
    if (choice !== 'system') return undefined
    return onSystemThemeChange(() => applyTheme('system'))
  }, [choice])

  const value = useMemo<ThemeContextValue>(
    () => ({
      choice,
      setChoice: (next) => {
        storeThemeChoice(next)
        setChoice(next)
      },
    }),
    [choice],
  )
  return <ThemeContext value={value}>{children}</ThemeContext>
}

export function useTheme(): ThemeContextValue {
  const value = use(ThemeContext)
  if (!value) throw new Error('useTheme must be used inside <ThemeProvider>')
  return value
}
