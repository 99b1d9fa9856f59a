import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TagCategory } from '@/api/actions/describe-image-tags'
import { limits } from '@/features/browse/browse-search'
import { TagFilter } from '@/features/browse/tag-filter'
import type { Language } from '@/i18n/catalogue'
import { initI18n } from '@/i18n/i18n'

const categories: TagCategory[] = [
  { name: 'Models', tags: ['LLM', 'Diffusion', 'Audio'] },
  { name: 'Tools', tags: ['ComfyUI', 'Jupyter'] },
  { name: '', tags: ['Misc'] },
]

/** The page's part, played by local state: what was called, in order, and the lists it keeps. */
function Harness(props: {
  chosen?: string[]
  excluded?: string[]
  exclusion?: boolean
  tags?: TagCategory[]
  calls: string[]
}) {
  const [chosen, setChosen] = useState(props.chosen ?? [])
  const [excluded, setExcluded] = useState(props.excluded ?? [])
  const { calls } = props
  return (
    <>
      <TagFilter
        chosen={chosen}
        excluded={excluded}
        categories={props.tags ?? categories}
        fallback={false}
        onToggle={(tag, on) => {
          calls.push(`${on ? 'choose' : 'unchoose'} ${tag}`)
          setChosen((list) => (on ? [...list, tag] : list.filter((t) => t !== tag)))
        }}
        onExclude={
          props.exclusion === false
            ? undefined
            : (tag, out) => {
                calls.push(`${out ? 'exclude' : 'unexclude'} ${tag}`)
                setExcluded((list) => (out ? [...list, tag] : list.filter((t) => t !== tag)))
              }
        }
      />
      <button type="button">after</button>
    </>
  )
}

async function setup(props: Omit<Parameters<typeof Harness>[0], 'calls'> = {}, lang?: Language) {
  await initI18n(lang ?? 'en')
  const calls: string[] = []
  const user = userEvent.setup()
  render(<Harness {...props} calls={calls} />)
  const grid = screen.getByRole('grid', { name: lang === 'zh' ? '标签' : 'Tags' })
  const box = (name: string) => within(grid).getByRole('checkbox', { name })
  return { user, calls, grid, box }
}

describe('the tag filter widget', () => {
  beforeEach(() => localStorage.clear())

  it('is one Tab stop; the arrows, Home and End move inside it, through every category', async () => {
    const { user, box } = await setup()
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    expect(box('LLM')).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus()

    await user.tab({ shift: true })
    expect(box('LLM')).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(box('ComfyUI')).toHaveFocus()
    await user.keyboard('{End}')
    expect(box('Misc')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(box('Misc')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(box('LLM')).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowDown}')
    expect(box('Diffusion')).toHaveFocus()

    // Leaving and coming back returns to the tag last focused: still one stop.
    await user.tab()
    await user.tab({ shift: true })
    expect(box('Diffusion')).toHaveFocus()
    const stops = screen.getAllByRole('checkbox').filter((b) => b.tabIndex === 0)
    expect(stops).toEqual([box('Diffusion')])
  })

  it('Space chooses and unchooses the focused tag, said as checked', async () => {
    const { user, calls, box } = await setup()
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    await user.keyboard('{ArrowDown} ')
    expect(box('Diffusion')).toBeChecked()
    expect(box('Diffusion')).toHaveFocus()
    await user.keyboard(' ')
    expect(box('Diffusion')).not.toBeChecked()
    expect(calls).toEqual(['choose Diffusion', 'unchoose Diffusion'])
  })

  it('shows each category as a labelled group of its tags, in order', async () => {
    const { grid } = await setup()
    const groups = within(grid).getAllByRole('rowgroup')
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Models', 'Tools', 'Other'])
    expect(groups.map((g) => g.textContent)).toEqual([
      expect.stringMatching(/^Models/),
      expect.stringMatching(/^Tools/),
      expect.stringMatching(/^Other/),
    ])
    // Each row is one tag, named by the tag alone.
    expect(
      within(groups[1]!)
        .getAllByRole('row')
        .map((row) => within(row).getByRole('checkbox')),
    ).toEqual([
      screen.getByRole('checkbox', { name: 'ComfyUI' }),
      screen.getByRole('checkbox', { name: 'Jupyter' }),
    ])
  })

  it('typing in the search box narrows the list, and Tab lands on the first tag shown', async () => {
    const { user, box, grid } = await setup()
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.keyboard('ju')
    expect(within(grid).getAllByRole('checkbox')).toEqual([box('Jupyter')])
    await user.tab()
    expect(box('Jupyter')).toHaveFocus()
    await user.clear(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.keyboard('zzz')
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
    expect(screen.getByText('No tag matches')).toBeInTheDocument()
  })

  it('the right arrow reaches the tag’s Exclude toggle; Space excludes, after unchoosing', async () => {
    const { user, calls, box, grid } = await setup({ chosen: ['LLM'] })
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    await user.keyboard('{ArrowRight}')
    const exclude = within(grid).getByRole('button', { name: 'Exclude LLM' })
    expect(exclude).toHaveFocus()
    expect(exclude).toHaveAttribute('aria-pressed', 'false')
    await user.keyboard(' ')
    expect(calls).toEqual(['unchoose LLM', 'exclude LLM'])
    expect(exclude).toHaveAttribute('aria-pressed', 'true')
    expect(box('LLM')).not.toBeChecked()
    expect(box('LLM')).toHaveAccessibleDescription('excluded')
    expect(screen.getByText('LLM')).toHaveClass('line-through')

    // Down keeps the column; Left goes back to the box. Still one Tab stop.
    await user.keyboard('{ArrowDown}')
    expect(within(grid).getByRole('button', { name: 'Exclude Diffusion' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(box('Diffusion')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(box('Diffusion')).toHaveFocus()
    const tabbable = [...grid.querySelectorAll<HTMLElement>('input, button')].filter(
      (c) => c.tabIndex === 0,
    )
    expect(tabbable).toEqual([box('Diffusion')])

    // Choosing an excluded tag lifts its exclusion first.
    await user.keyboard('{ArrowUp} ')
    expect(calls.slice(2)).toEqual(['unexclude LLM', 'choose LLM'])
    expect(box('LLM')).toBeChecked()
    expect(box('LLM')).not.toHaveAccessibleDescription()
    expect(within(grid).getByRole('button', { name: 'Exclude LLM' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  it('a click on a tag’s Exclude button excludes it, and another lifts it; no extra Tab stop', async () => {
    const { user, calls, grid } = await setup()
    const exclude = within(grid).getByRole('button', { name: 'Exclude Jupyter' })
    expect(exclude).toHaveAttribute('tabindex', '-1')
    await user.click(exclude)
    expect(exclude).toHaveAttribute('aria-pressed', 'true')
    expect(within(grid).getByText('excluded')).toBeVisible()
    await user.click(exclude)
    expect(exclude).toHaveAttribute('aria-pressed', 'false')
    expect(within(grid).queryByText('excluded')).not.toBeInTheDocument()
    expect(calls).toEqual(['exclude Jupyter', 'unexclude Jupyter'])
  })

  it('without onExclude, offers no Exclude toggle and the right arrow stays on the tag', async () => {
    const { user, grid, box } = await setup({ exclusion: false, excluded: ['Audio'] })
    expect(within(grid).queryAllByRole('button')).toEqual([])
    expect(within(grid).queryByText('excluded')).not.toBeInTheDocument()
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    await user.keyboard('{ArrowRight}')
    expect(box('LLM')).toHaveFocus()
  })

  it('at the limit, an unchosen tag can still be reached but not chosen', async () => {
    const many = Array.from({ length: limits.tags }, (_, i) => `T${i}`)
    const { user, calls, box } = await setup({
      chosen: many,
      tags: [{ name: 'Models', tags: ['LLM', ...many] }],
    })
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    expect(box('LLM')).toHaveFocus()
    expect(box('LLM')).toHaveAttribute('aria-disabled', 'true')
    await user.keyboard(' ')
    await user.click(box('LLM'))
    expect(box('LLM')).not.toBeChecked()
    expect(calls).toEqual([])
  })

  it('keeps the focused tag listed when it is unchosen in the folded list', async () => {
    const tags = Array.from({ length: 12 }, (_, i) => `Tag${i}`)
    const { user, box, grid } = await setup({
      chosen: ['Tag11'],
      tags: [{ name: 'Models', tags }],
    })
    expect(within(grid).getAllByRole('checkbox')).toHaveLength(9)
    await user.click(screen.getByRole('searchbox', { name: 'Search tags' }))
    await user.tab()
    await user.keyboard('{End} ')
    expect(box('Tag11')).not.toBeChecked()
    expect(box('Tag11')).toHaveFocus()
    // Once focus leaves, the folded list is its first eight again.
    await user.tab()
    expect(within(grid).getAllByRole('checkbox')).toHaveLength(8)
    // Choosing or reaching one of those moves none in or out (End stays on the last one).
    await user.tab({ shift: true })
    await user.keyboard('{End} ')
    expect(box('Tag7')).toHaveFocus()
    expect(box('Tag7')).toBeChecked()
    expect(within(grid).getAllByRole('checkbox')).toHaveLength(8)
  })

  it('says it all in Chinese too', async () => {
    const { user, box, grid } = await setup({ excluded: ['LLM'] }, 'zh')
    expect(within(grid).getByRole('button', { name: '排除标签 LLM' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(box('LLM')).toHaveAccessibleDescription('已排除')
    expect(grid).toHaveAccessibleDescription(
      '上下方向键在标签间移动，空格键选中或取消；右方向键移到该标签的“排除”按钮。',
    )
    await user.click(screen.getByRole('searchbox', { name: '搜索标签' }))
    await user.tab()
    expect(box('LLM')).toHaveFocus()
  })
})
