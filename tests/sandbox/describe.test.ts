// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestSandbox, secondAccount, type TestSandbox } from '../support/sandbox'

interface Version {
  CompShareImageId: string
  Name: string
  Author: string
  AuthInfo: number
  Status: string
  Price: number
  Tags: string[]
  AutoStart: boolean
  PubTime: number
}
interface Group {
  GroupId: string
  ImageName: string
  FavoritesCount: number
  ImageUseTime: number
  IsFavorite: boolean
  Status: string
  Data: Version[]
}
interface Listing {
  RetCode: number
  Message?: string
  TotalCount: number
  AvailableTotalCount: number
  CompshareImageGroup: Group[]
}

/** The current version as the issue defines it: newest Available, else newest listed. */
const current = (group: Group): Version =>
  group.Data.find((version) => version.Status === 'Available') ?? (group.Data[0] as Version)

let sandbox: TestSandbox
let everything: Group[]

function list(params: Record<string, unknown> = {}): Listing {
  return sandbox.call('DescribeCommunityImages', params) as unknown as Listing
}

/** Every group matching `params`, walking pages of `limit`. */
function all(params: Record<string, unknown>, limit = 100): Group[] {
  const groups: Group[] = []
  for (let offset = 0; ; offset += limit) {
    const page = list({ ...params, Offset: offset, Limit: limit })
    groups.push(...page.CompshareImageGroup)
    if (page.CompshareImageGroup.length < limit) return groups
  }
}

beforeAll(() => {
  sandbox = createTestSandbox()
  everything = all({})
})

describe('DescribeCommunityImages listing', () => {
  it('lists every group with an Available or Offline version, and only those versions', () => {
    const listing = list()
    expect(listing.RetCode).toBe(0)
    expect(listing.TotalCount).toBeGreaterThanOrEqual(240)
    expect(everything).toHaveLength(listing.TotalCount)
    for (const group of everything) {
      expect(group.Data.length).toBeGreaterThan(0)
      expect(group.Data.map((version) => version.Status)).not.toContain('Reviewing')
    }
    const state = sandbox.sandbox.state()
    const listable = state.groups.filter((group) =>
      group.versions.some((version) => version.status !== 'Reviewing'),
    )
    expect(listing.TotalCount).toBe(listable.length)
    expect(listable.length).toBeLessThan(state.groups.length) // review-only groups exist
  })

  it('holds versions newest first and derives the group status from them', () => {
    for (const group of everything) {
      const times = group.Data.map((version) => version.PubTime)
      expect(times).toEqual([...times].sort((a, b) => b - a))
      const online = group.Data.some((version) => version.Status === 'Available')
      expect(group.Status).toBe(online ? 'Available' : 'UnAvailable')
      expect(group.ImageName).toBe(current(group).Name)
    }
    expect(everything.some((group) => group.Status === 'UnAvailable')).toBe(true)
    // A group whose newest version went offline while an older one is online.
    expect(
      everything.some((g) => g.Data[0]?.Status === 'Offline' && g.Status === 'Available'),
    ).toBe(true)
  })

  it('counts Available groups in AvailableTotalCount', () => {
    const listing = list()
    const available = everything.filter((group) => group.Status === 'Available').length
    expect(listing.AvailableTotalCount).toBe(available)
    expect(listing.AvailableTotalCount).toBeLessThan(listing.TotalCount)
  })

  it('defaults to 20 newest first, and caps Limit at 100', () => {
    const first = list()
    expect(first.CompshareImageGroup).toHaveLength(20)
    const times = first.CompshareImageGroup.map((group) => current(group).PubTime)
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(list({ Limit: 500 }).CompshareImageGroup).toHaveLength(100)
    expect(list({ Limit: 0 }).CompshareImageGroup).toHaveLength(0)
    expect(list({ Offset: 10_000 }).CompshareImageGroup).toHaveLength(0)
  })

  it.each([
    ['Offset', -1],
    ['Offset', 1.5],
    ['Limit', -20],
    ['Limit', 2.5],
    ['Offset', 'ten'],
  ])('refuses %s = %s with RetCode 230 naming it', (name, value) => {
    const answer = list({ [name]: value })
    expect(answer.RetCode).toBe(230)
    expect(answer.Message).toContain(name)
  })
})

describe('filters', () => {
  const expectSame = (params: Record<string, unknown>, predicate: (group: Group) => boolean) => {
    const expected = everything.filter(predicate).map((group) => group.GroupId)
    const actual = all(params).map((group) => group.GroupId)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(everything.length)
    expect(actual.sort()).toEqual(expected.sort())
    expect(list(params).TotalCount).toBe(expected.length)
  }

  it('Name: case-insensitive substring of the group name', () => {
    expectSame({ Name: 'cOMFYui' }, (g) => g.ImageName.toLowerCase().includes('comfyui'))
    expectSame({ Name: '语音' }, (g) => g.ImageName.includes('语音'))
  })

  it('Author: exact, not a substring', () => {
    expectSame({ Author: 'UCloud官方' }, (g) => current(g).Author === 'UCloud官方')
    expect(list({ Author: 'UCloud' }).TotalCount).toBe(0)
  })

  it('FuzzySearch: case-insensitive substring of the name or the author', () => {
    const matches = (g: Group, text: string) =>
      g.ImageName.toLowerCase().includes(text) || current(g).Author.toLowerCase().includes(text)
    expectSame({ FuzzySearch: 'FLUX' }, (g) => matches(g, 'flux'))
    expectSame({ FuzzySearch: '官方' }, (g) => matches(g, '官方'))
  })

  it('Tag: every tag present (intersection), on the current version', () => {
    expectSame({ Tag: ['LLM'] }, (g) => current(g).Tags.includes('LLM'))
    const both = (g: Group) => current(g).Tags.includes('LLM') && current(g).Tags.includes('推理')
    expectSame({ Tag: ['LLM', '推理'] }, both)
    expect(list({ Tag: ['LLM', '推理'] }).TotalCount).toBeLessThan(
      list({ Tag: ['LLM'] }).TotalCount,
    )
    expect(list({ Tag: ['LLM', 'no-such-tag'] }).TotalCount).toBe(0)
  })

  it.each([
    ['IsFree', (g: Group) => current(g).Price === 0],
    ['IsOfficial', (g: Group) => current(g).AuthInfo === 1],
    ['IfAutoStart', (g: Group) => current(g).AutoStart],
  ] as const)('%s true restricts; false or absent does not', (name, predicate) => {
    expectSame({ [name]: true }, predicate)
    expect(list({ [name]: false }).TotalCount).toBe(everything.length)
    expect(list({ [name]: 'maybe' })).toMatchObject({ RetCode: 230 })
  })

  it('CompShareImageId and GroupId: exact', () => {
    const group = everything.find((g) => g.Data.length > 1) as Group
    const older = group.Data[1] as Version
    expectSame({ CompShareImageId: older.CompShareImageId }, (g) => g.GroupId === group.GroupId)
    expectSame({ GroupId: group.GroupId }, (g) => g.GroupId === group.GroupId)
    expect(list({ GroupId: group.GroupId.slice(0, -1) }).TotalCount).toBe(0)
  })

  it('combines filters with AND', () => {
    expectSame(
      { Tag: ['AI绘画'], IsFree: true, FuzzySearch: 'ui' },
      (g) =>
        current(g).Tags.includes('AI绘画') &&
        current(g).Price === 0 &&
        (g.ImageName.toLowerCase().includes('ui') ||
          current(g).Author.toLowerCase().includes('ui')),
    )
  })
})

describe('sorting and paging', () => {
  const keys = {
    Favor: (g: Group) => g.FavoritesCount,
    FavoritesCount: (g: Group) => g.FavoritesCount,
    PubTime: (g: Group) => current(g).PubTime,
    ImageUseTime: (g: Group) => g.ImageUseTime,
  }

  it.each(
    Object.keys(keys).flatMap((field) => [
      [field, true],
      [field, false],
    ]),
  )('%s ASC=%s: ordered, ties by GroupId, pages neither overlap nor skip', (field, asc) => {
    const key = keys[field as keyof typeof keys]
    const sort = { SortCondition: { Field: field, ASC: asc } }
    const walked = all(sort, 7)
    expect(walked.map((g) => g.GroupId).sort()).toEqual(everything.map((g) => g.GroupId).sort())
    for (let i = 1; i < walked.length; i++) {
      const [a, b] = [walked[i - 1] as Group, walked[i] as Group]
      const diff = (key(b) - key(a)) * (asc ? 1 : -1)
      expect(diff).toBeGreaterThanOrEqual(0)
      if (diff === 0) expect(a.GroupId < b.GroupId).toBe(true)
    }
    expect(key(walked[0] as Group)).not.toBe(key(walked.at(-1) as Group))
  })

  it('sorts by PubTime newest first without a SortCondition', () => {
    const implicit = all({}, 50).map((g) => g.GroupId)
    const explicit = all({ SortCondition: { Field: 'PubTime', ASC: false } }, 50)
    expect(implicit).toEqual(explicit.map((g) => g.GroupId))
  })

  it('refuses an unknown sort field', () => {
    const answer = list({ SortCondition: { Field: 'Name' } })
    expect(answer).toMatchObject({ RetCode: 230 })
    expect(answer.Message).toContain('SortCondition.Field')
  })

  it('pages a filtered listing completely', () => {
    const filtered = all({ Tag: ['LLM'], SortCondition: { Field: 'Favor' } }, 3)
    expect(filtered).toHaveLength(list({ Tag: ['LLM'] }).TotalCount)
    expect(new Set(filtered.map((g) => g.GroupId)).size).toBe(filtered.length)
  })
})

describe('DescribeCompShareImageTags', () => {
  type Tags = { Tags: string[]; TagsMap: Record<string, string[]>; TagIndex: string[] }

  it('answers Tags, TagsMap and TagIndex as the service does, most used first, with no counts', () => {
    const answer = sandbox.call('DescribeCompShareImageTags') as unknown as Tags
    expect(answer.Tags.length).toBeGreaterThanOrEqual(30)
    expect(JSON.stringify(answer)).not.toMatch(/Count/)
    const totals = answer.Tags.slice(0, 8).map((tag) => list({ Tag: [tag] }).TotalCount)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    expect(answer.TagIndex).toEqual(Object.keys(answer.TagsMap))
    expect(answer.TagIndex.length).toBeGreaterThanOrEqual(3)
    for (const members of Object.values(answer.TagsMap)) {
      expect(members.length).toBeGreaterThan(0)
      for (const tag of members) expect(answer.Tags).toContain(tag)
    }
  })

  it('has every tag a listed image carries, and none that no listed image carries', () => {
    const { Tags } = sandbox.call('DescribeCompShareImageTags') as unknown as Tags
    for (const tag of Tags.slice(-5)) expect(list({ Tag: [tag] }).TotalCount).toBeGreaterThan(0)
    const carried = list({ Limit: 100 }).CompshareImageGroup.flatMap((g) => current(g).Tags)
    for (const tag of carried) expect(Tags).toContain(tag)
  })
})

describe('the caller', () => {
  it('sees its own groups with every version, Reviewing included', () => {
    const own = sandbox.call('DescribeSelfCommunityImages', { Limit: 100 }) as unknown as Listing
    expect(own.RetCode).toBe(0)
    expect(own.TotalCount).toBeGreaterThanOrEqual(3)
    const authors = own.CompshareImageGroup.flatMap((g) => g.Data.map((v) => v.Author))
    expect(new Set(authors)).toEqual(new Set(['演示用户']))
    const statuses = own.CompshareImageGroup.flatMap((g) => g.Data.map((v) => v.Status))
    expect(statuses).toEqual(expect.arrayContaining(['Available', 'Offline', 'Reviewing']))
    const reviewOnly = own.CompshareImageGroup.find((g) =>
      g.Data.every((v) => v.Status === 'Reviewing'),
    ) as Group
    expect(reviewOnly).toBeDefined()
    expect(list({ GroupId: reviewOnly.GroupId }).TotalCount).toBe(0)

    const filtered = sandbox.call('DescribeSelfCommunityImages', { Name: 'lora' }) as unknown
    expect(filtered).toMatchObject({ TotalCount: 1, RetCode: 0 })
  })

  it('lists only its own custom images, with paging and an id filter', () => {
    type Images = {
      TotalCount: number
      ImageSet: {
        CompShareImageId: string
        Status: string
        ImageType: string
        Container: string
      }[]
    }
    const mine = sandbox.call('DescribeCompShareCustomImages') as unknown as Images
    const theirs = sandbox.call(
      'DescribeCompShareCustomImages',
      {},
      secondAccount,
    ) as unknown as Images
    // The SDK model's shape: ImageType Custom, Container "True"/"False", its statuses.
    expect(mine.ImageSet.map((i) => i.Status)).toEqual(
      expect.arrayContaining(['Available', 'Making', 'UnAvailable']),
    )
    expect(new Set(mine.ImageSet.map((i) => i.ImageType))).toEqual(new Set(['Custom']))
    expect(new Set(mine.ImageSet.map((i) => i.Container))).toEqual(new Set(['True', 'False']))
    const ids = new Set(mine.ImageSet.map((i) => i.CompShareImageId))
    expect(theirs.ImageSet.some((i) => ids.has(i.CompShareImageId))).toBe(false)
    const page = sandbox.call('DescribeCompShareCustomImages', {
      Offset: 2,
      Limit: 2,
    }) as unknown as Images
    expect(page.TotalCount).toBe(mine.TotalCount)
    expect(page.ImageSet).toEqual(mine.ImageSet.slice(2, 4))
    const one = mine.ImageSet[3]?.CompShareImageId
    const byId = sandbox.call('DescribeCompShareCustomImages', {
      CompShareImageId: one,
    }) as unknown as Images
    expect(byId.ImageSet.map((i) => i.CompShareImageId)).toEqual([one])
  })
})
