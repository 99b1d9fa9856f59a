/** `v` followed by two to four dot-separated numbers: v1.0, v0.3.66, v26.0201. */
const versionPattern = /^v(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?$/

export function parseVersionName(name: string): number[] | null {
  const match = versionPattern.exec(name)
  if (!match) return null
  return match
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map(Number)
}

/**
 * Numeric comparison part by part, missing parts counting as 0: v1.10 > v1.9 and v1.0 equals
 * v1.0.0 (so v1.0.0 cannot follow v1.0). Names that do not parse sort first.
 */
export function compareVersionNames(a: string, b: string): number {
  const left = parseVersionName(a)
  const right = parseVersionName(b)
  if (!left || !right) return (left ? 1 : 0) - (right ? 1 : 0)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

export function highestVersionName(names: readonly string[]): string | undefined {
  let highest: string | undefined
  for (const name of names) {
    if (highest === undefined || compareVersionNames(name, highest) > 0) highest = name
  }
  return highest
}
