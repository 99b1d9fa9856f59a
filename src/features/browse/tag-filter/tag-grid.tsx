import { useId, type FocusEvent, type KeyboardEvent } from 'react'
import { Button } from '@/components/ui/button'
import { checkClass } from '@/components/ui/classes'
import { useTranslation } from '@/i18n/use-translation'
import { gridMove, type Cell } from './grid-move'

/** The cell that holds the grid's one Tab stop: a tag, and 0 for its box or 1 for "exclude". */
export interface Stop {
  tag: string
  col: number
}

export interface TagGroup {
  /** Shown above the group's tags, and its name. */
  label: string
  tags: readonly string[]
}

interface TagGridProps {
  groups: readonly TagGroup[]
  chosen: readonly string[]
  excluded: readonly string[]
  /** Whether one more tag may be chosen. */
  roomForMore: boolean
  /** The Tab stop; the first tag's box when it is not one of the tags shown. */
  stop: Stop | null
  onStop: (stop: Stop) => void
  /** Focus has left the grid. */
  onLeave: () => void
  onToggle: (tag: string, on: boolean) => void
  onExclude?: (tag: string, excluded: boolean) => void
  labelledBy: string
  describedBy: string
}

const controls = (row: Element) => [...row.querySelectorAll<HTMLElement>('input, button')]

/**
 * The tags as one widget (the WAI-ARIA APG grid): one Tab stop, the arrow keys inside it (see
 * gridMove), Space toggles the focused box or button. A row is a tag: its check box, and with
 * `onExclude` a second cell, its Exclude toggle. Categories are row groups with a label.
 */
export function TagGrid(props: TagGridProps) {
  const { groups, stop, onStop, onLeave, onExclude } = props
  const all = groups.flatMap((group) => group.tags)
  const cols = onExclude ? 2 : 1
  const at = stop && all.includes(stop.tag) ? stop : { tag: all[0], col: 0 }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.metaKey) return
    const rows = [...event.currentTarget.querySelectorAll('[role="row"]')]
    const target = event.target as HTMLElement
    const row = rows.findIndex((r) => r.contains(target))
    const from: Cell | null = row < 0 ? null : { row, col: controls(rows[row]!).indexOf(target) }
    const to = from && gridMove(event.key, from, rows.length, cols)
    if (!to) return
    event.preventDefault()
    controls(rows[to.row]!)[to.col]?.focus()
  }
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const tag = event.target.closest<HTMLElement>('[role="row"]')?.dataset.tag
    if (tag !== undefined) onStop({ tag, col: event.target instanceof HTMLButtonElement ? 1 : 0 })
  }

  return (
    // Roving tabindex: focus is on a cell's control, never on the grid itself.
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div
      role="grid"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && onLeave()}
      className="flex flex-col gap-3"
    >
      {groups.map((group) => (
        <div key={group.label} role="rowgroup" aria-label={group.label}>
          <div
            aria-hidden="true"
            className="mb-1 text-xs font-semibold text-slate-500 uppercase dark:text-slate-400"
          >
            {group.label}
          </div>
          <div className="flex flex-col gap-1">
            {group.tags.map((tag) => {
              const on = props.chosen.includes(tag)
              return (
                <TagRow
                  key={tag}
                  tag={tag}
                  on={on}
                  out={props.excluded.includes(tag)}
                  blocked={!on && !props.roomForMore}
                  stopAt={at.tag === tag ? Math.min(at.col, cols - 1) : -1}
                  onToggle={props.onToggle}
                  onExclude={onExclude}
                />
              )
            })}
          </div>
        </div>
      ))}
    </div>
  )
}

interface TagRowProps {
  tag: string
  on: boolean
  out: boolean
  blocked: boolean
  /** Which of the row's controls is the grid's Tab stop: 0, 1 or none (-1). */
  stopAt: number
  onToggle: (tag: string, on: boolean) => void
  onExclude?: (tag: string, excluded: boolean) => void
}

function TagRow({ tag, on, out, blocked, stopAt, onToggle, onExclude }: TagRowProps) {
  const { t } = useTranslation()
  const id = useId()
  // Chosen and excluded are exclusive: each undoes the other first.
  const choose = (wanted: boolean) => {
    if (wanted && blocked) return
    if (wanted && out) onExclude?.(tag, false)
    onToggle(tag, wanted)
  }
  const exclude = (wanted: boolean) => {
    if (wanted && on) onToggle(tag, false)
    onExclude?.(tag, wanted)
  }
  return (
    <div role="row" data-tag={tag} className="flex items-start gap-1">
      <div role="gridcell" className="flex min-w-0 flex-1 items-start gap-2 py-0.5 text-sm">
        <input
          id={id}
          type="checkbox"
          tabIndex={stopAt === 0 ? 0 : -1}
          checked={on}
          // Not `disabled`: a disabled box could not hold the grid's focus (APG: disabled items
          // in a composite widget stay focusable, and are said to be unavailable).
          aria-disabled={blocked || undefined}
          aria-describedby={out ? `${id}-out` : undefined}
          onChange={(event) => choose(event.target.checked)}
          className={`mt-0.5 ${checkClass} aria-disabled:opacity-60`}
        />
        <label
          htmlFor={id}
          className={out ? 'text-slate-600 line-through dark:text-slate-400' : undefined}
        >
          {tag}
        </label>
        {out && (
          <span
            id={`${id}-out`}
            className="rounded bg-red-100 px-1.5 text-xs font-medium whitespace-nowrap text-red-800 dark:bg-red-900/60 dark:text-red-200"
          >
            {t('browse.tagExcluded')}
          </span>
        )}
      </div>
      {onExclude && (
        <div role="gridcell">
          <Button
            variant="quiet"
            tabIndex={stopAt === 1 ? 0 : -1}
            aria-pressed={out}
            aria-label={t('browse.tagExclude', { tag })}
            title={t('browse.tagExclude', { tag })}
            onClick={() => exclude(!out)}
            className="block rounded p-1"
          >
            <svg
              viewBox="0 0 16 16"
              aria-hidden="true"
              className="size-4"
              fill="none"
              stroke="currentColor"
              strokeWidth={1.5}
            >
              <circle cx="8" cy="8" r="6" />
              <path d="M3.8 12.2 12.2 3.8" />
            </svg>
          </Button>
        </div>
      )}
    </div>
  )
}
