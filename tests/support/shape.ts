import { expect } from 'vitest'

/**
 * `actual` has every field of `expected`, each of the same JSON type, all the way down; a list
 * must not be empty where the example has items, and its first item is checked.
 */
export function expectShape(actual: unknown, expected: unknown, path = 'answer'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is a list`).toBe(true)
    const items = actual as unknown[]
    if (expected.length === 0) return
    expect(items.length, `${path} has items`).toBeGreaterThan(0)
    expectShape(items[0], expected[0], `${path}[0]`)
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true)
    for (const [key, value] of Object.entries(expected)) {
      expect(Object.hasOwn(actual as object, key), `${path}.${key} is there`).toBe(true)
      expectShape((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
    }
  } else {
    expect(typeof actual, `${path} is a ${typeof expected}`).toBe(typeof expected)
  }
}
