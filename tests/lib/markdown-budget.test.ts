import { describe, expect, it } from 'vitest'
import { fitsMarkdownBudget, markdownBudget } from '@/lib/markdown-budget'
import { createSeedState } from '@/sandbox/seed'

const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')

describe('fitsMarkdownBudget', () => {
  it('lets every seeded readme through', () => {
    const state = createSeedState({ epoch: 1_767_225_600, groupCount: 60 })
    const readmes = state.groups.flatMap((group) => group.versions.map((v) => v.readme))
    expect(readmes.filter((readme) => !fitsMarkdownBudget(readme))).toEqual([])
  })

  it.each([
    ['a list nested as deep as the budget', nestedList(markdownBudget.depth)],
    ['deep indentation inside fenced code', `\`\`\`json\n${' '.repeat(400)}{}\n\`\`\``],
    ['a tilde fence', `~~~\n${'> '.repeat(100)}x\n~~~`],
    ['ordinary emphasis', '*a* _b_ ~~c~~ '.repeat(500)],
    ['a line of 70 spaces', `# T\n\nsome text\n${' '.repeat(70)}\n`],
    ['deeply indented code without a fence', `text\n\n${' '.repeat(80)}print(1)`],
  ])('accepts %s', (_, source) => {
    expect(fitsMarkdownBudget(source)).toBe(true)
  })

  it.each([
    ['a list nested 500 deep', nestedList(500)],
    ['an ordered list nested deeper than the budget', nestedList(40).replaceAll('- ', '1. ')],
    ['quotes nested 500 deep', `${'> '.repeat(500)}x`],
    ['lists and quotes on one line', `${'> - '.repeat(40)}x`],
    ['unpaired emphasis runs', '*a'.repeat(markdownBudget.delimiters + 1)],
    ['text over the size budget', 'a'.repeat(markdownBudget.length + 1)],
    // "```x`" is not a fence to the parser, so what follows is still measured.
    ['a fake fence hiding a deep list', `\`\`\`x\`\n${nestedList(500)}`],
    ['a fence closed by the other marker', `\`\`\`\n~~~\n\`\`\`\n${nestedList(500)}`],
  ])('refuses %s', (_, source) => {
    expect(fitsMarkdownBudget(source)).toBe(false)
  })
})
