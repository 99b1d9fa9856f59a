import { describe, expect, it, vi } from 'vitest'
import { i18n, initI18n } from '@/i18n/i18n'

// The English catalogue's chunk cannot be had (a flaky network, or an old tab after a deploy).
vi.mock('@/i18n/en', () => {
  throw new Error('chunk failed to load')
})

describe('a catalogue that cannot be loaded', () => {
  it('opens the app in the other language instead of a blank page', async () => {
    await initI18n('en')
    expect(i18n.language).toBe('zh')
    expect(i18n.t('nav.browse')).toBe('社区镜像')
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('a switch that fails rejects and leaves the language shown as it was', async () => {
    await expect(i18n.changeLanguage('en')).rejects.toThrow()
    expect(i18n.language).toBe('zh')
    expect(i18n.t('nav.browse')).toBe('社区镜像')
  })
})
