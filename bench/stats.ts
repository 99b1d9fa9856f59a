/**
 * The one rule every benchmark reports with: a quantile is the sample at rank ⌊q·n⌋ of the
 * sorted samples (nearest rank, the upper one when it falls between two), so a median is
 * always a figure that was measured, never an average of two.
 */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5)
