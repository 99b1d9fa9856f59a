// The app's building blocks as plain class strings: the one place a field's border and a card's
// frame are written (ADR 0022); an action's colours are in action.ts and button.tsx. The
// components beside this file wrap them.

export type ButtonVariant =
  | 'primary'
  | 'secondary'
  | 'danger'
  | 'page'
  | 'warning'
  | 'critical'
  // These four have a shape of their own, and no size.
  | 'quiet'
  | 'link'
  | 'chip'
  | 'pill'
export type ButtonSize = 'sm' | 'md'

/** Text inputs, text areas and selects; 16 px text on phones, which zoom into anything smaller. */
export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 sm:text-sm aria-[invalid=true]:border-red-600 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400'

/** A checkbox's or radio's box. */
export const checkClass = 'size-4 shrink-0 accent-indigo-600 dark:accent-indigo-400'

/** A card's frame; `min-w-0` so a grid or flex cell decides its width, never its content. */
export const cardClass =
  'min-w-0 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'

export const hintClass = 'text-sm text-slate-600 dark:text-slate-400'
export const errorClass = 'text-sm font-medium text-red-700 dark:text-red-400'

/**
 * The card grid: equal columns (`minmax(0, 1fr)`), each card filling its cell, so no card's
 * content (a long word, a missing cover) ever decides its width.
 */
export const cardGridClass =
  'grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4 [&>li]:flex [&>li>*]:w-full'

/**
 * A data table. From `sm` up, rows and columns, at least 40rem wide (in a ScrollRegion). On a
 * phone each row is a block: its header cell first, then one line per cell, labelled by the
 * cell's `data-label` (its column's name, drawn before it and left out of what is read: the
 * column header still names the cell), so nothing waits off screen to the right.
 */
export const tableClass =
  "w-full border-collapse text-left align-top text-sm sm:min-w-[40rem] [&_td]:border-slate-200 [&_th]:px-3 [&_th]:py-2 [&_td]:px-3 [&_td]:py-2 sm:[&_td]:border-t [&_tbody_th]:border-t [&_tbody_th]:border-slate-200 [&_thead_th]:font-medium [&_thead_th]:text-slate-600 dark:[&_td]:border-slate-800 dark:[&_tbody_th]:border-slate-800 dark:[&_thead_th]:text-slate-400 max-sm:[&_thead]:sr-only max-sm:[&_tr]:block max-sm:[&_tr]:pb-2 max-sm:[&_tbody_th]:block max-sm:[&_td]:flex max-sm:[&_td]:flex-wrap max-sm:[&_td]:items-center max-sm:[&_td]:gap-x-3 max-sm:[&_td]:py-1 max-sm:[&_td]:before:w-24 max-sm:[&_td]:before:shrink-0 max-sm:[&_td]:before:text-slate-600 max-sm:[&_td]:before:content-[attr(data-label)_/_''] dark:max-sm:[&_td]:before:text-slate-400"
