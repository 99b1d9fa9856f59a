/** A cell of the tag grid: its row (a tag, counted through every category) and its column. */
export interface Cell {
  row: number
  col: number
}

const within = (n: number, count: number) => Math.max(0, Math.min(n, count - 1))

/**
 * Where a key moves focus in the tag grid of `rows` tags and `cols` columns (the WAI-ARIA APG
 * grid): Up and Down one tag, Home and End to the first and last tag (as in a list: the rows
 * are the list), Left and Right between a tag and its Exclude button. It stops at the edges, as
 * the APG grid does, rather than wrap. Null for a key the grid leaves alone (Space toggles the
 * focused control by itself).
 */
export function gridMove(key: string, at: Cell, rows: number, cols: number): Cell | null {
  switch (key) {
    case 'ArrowDown':
      return { row: within(at.row + 1, rows), col: at.col }
    case 'ArrowUp':
      return { row: within(at.row - 1, rows), col: at.col }
    case 'Home':
      return { row: 0, col: at.col }
    case 'End':
      return { row: rows - 1, col: at.col }
    case 'ArrowRight':
      return { row: at.row, col: within(at.col + 1, cols) }
    case 'ArrowLeft':
      return { row: at.row, col: within(at.col - 1, cols) }
    default:
      return null
  }
}
