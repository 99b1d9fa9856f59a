/** `v` then two to four dot-separated numbers: v1.0, v0.3.66, v26.0201. */
export const versionPattern = /^v(\d{1,9})(\.\d{1,9}){1,3}$/

export function isVersionName(name: string): boolean {
  return versionPattern.test(name)
}

function parts(name: string): number[] {
  return name.slice(1).split('.').map(Number)
}

/**
 * Numeric, part by part; a missing part counts as 0, so v1.2 equals v1.2.0. Returns a negative
 * number, 0 or a positive number, like a sort comparator. Both names must be valid.
 */
export function compareVersions(a: string, b: string): number {
  const left = parts(a)
  const right = parts(b)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The highest of `names` that is a valid version, if any. */
export function highestVersion(names: readonly string[]): string | undefined {
  return names.filter(isVersionName).sort(compareVersions).at(-1)
}

/** Next versions to offer after `current`: the last part bumped, then each higher part. */
export function suggestNextVersions(current: string | undefined): string[] {
  if (!current || !isVersionName(current)) return ['v1.0']
  const numbers = parts(current)
  const suggestions = numbers.map((_, index) => {
    const next = numbers.map((n, i) => (i < index ? n : i === index ? n + 1 : 0))
    return `v${next.join('.')}`
  })
  // A part past nine digits would not be a valid name (v999999999.0 → v999999999.1 only).
  return suggestions.reverse().filter(isVersionName)
}
