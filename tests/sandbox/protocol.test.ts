// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encodeParams, sign, signRequest } from '@/api/signature'
import { createTestSandbox, demoAccount, secondAccount } from '../support/sandbox'

const { sandbox, call } = createTestSandbox()

function raw(fields: Record<string, string>) {
  return sandbox.handle(fields)
}

function without(fields: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => name !== key))
}

describe('protocol errors, in the real service order', () => {
  const signed = signRequest({ Action: 'DescribeCommunityImages', Limit: 1 }, demoAccount)

  it('answers 160 when Action is missing, even unsigned', () => {
    const rest = without(signed, 'Action')
    expect(raw(rest).body).toMatchObject({ RetCode: 160, Action: 'Response' })
    expect(raw({}).body).toMatchObject({ RetCode: 160 })
    expect(raw({ Action: '' }).body).toMatchObject({ RetCode: 160 })
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'answers 161 for %s, a name every object has, even when signed',
    (action) => {
      const signedOdd = signRequest({ Action: action }, demoAccount)
      expect(raw(signedOdd).body).toMatchObject({ RetCode: 161 })
    },
  )

  it('answers 161 for an action the service does not have, before any signature check', () => {
    const answer = raw({ Action: 'TerminateEverything' }).body
    expect(answer).toEqual({
      Action: 'TerminateEverythingResponse',
      RetCode: 161,
      Message: expect.stringContaining('TerminateEverything') as unknown,
    })
  })

  it('answers 170 when Signature is missing, before looking at the key', () => {
    const unsigned = without(signed, 'Signature')
    expect(raw(unsigned).body).toMatchObject({ RetCode: 170 })
    expect(raw({ ...unsigned, PublicKey: 'nobody' }).body).toMatchObject({ RetCode: 170 })
  })

  it('answers 172 for an unknown or missing PublicKey, before checking the signature', () => {
    const stranger = signRequest(
      { Action: 'DescribeCommunityImages' },
      {
        publicKey: 'someone-else',
        privateKey: 'whatever',
      },
    )
    expect(raw(stranger).body).toMatchObject({ RetCode: 172 })
    const keyless = without(signed, 'PublicKey')
    expect(raw(keyless).body).toMatchObject({ RetCode: 172 })
  })

  it('answers 171 for a wrong key, a changed field, an added field or a dropped field', () => {
    const wrongKey = signRequest(
      { Action: 'DescribeCommunityImages' },
      {
        publicKey: demoAccount.publicKey,
        privateKey: secondAccount.privateKey,
      },
    )
    expect(raw(wrongKey).body).toMatchObject({ RetCode: 171 })
    expect(raw({ ...signed, Limit: '2' }).body).toMatchObject({ RetCode: 171 })
    expect(raw({ ...signed, Region: 'cn-sh2' }).body).toMatchObject({ RetCode: 171 })
    const dropped = without(signed, 'Limit')
    expect(raw(dropped).body).toMatchObject({ RetCode: 171 })
    expect(raw({ ...signed, Signature: signed.Signature?.toUpperCase() ?? '' }).body).toMatchObject(
      {
        RetCode: 171,
      },
    )
  })

  it('verifies over every received field, Region and Zone included', () => {
    const fields = encodeParams({
      Action: 'DescribeCommunityImages',
      Region: 'cn-wlcb',
      Zone: 'cn-wlcb-01',
      Tag: ['深度学习', 'PyTorch'],
      SortCondition: { Field: 'PubTime', ASC: false },
      PublicKey: demoAccount.publicKey,
    })
    fields.Signature = sign(fields, demoAccount.privateKey)
    expect(raw(fields).body).toMatchObject({ RetCode: 0 })
  })

  it('answers every action with <Action>Response and a fresh request id', () => {
    const first = raw(signed)
    const second = raw(signed)
    expect(first.body.Action).toBe('DescribeCommunityImagesResponse')
    const ids = [first.headers['X-UCLOUD-REQUEST-UUID'], second.headers['X-UCLOUD-REQUEST-UUID']]
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids[0]).not.toBe(ids[1])
    expect(raw({}).headers['X-UCLOUD-REQUEST-UUID']).toBeDefined()
    for (const action of [
      'DescribeCommunityImages',
      'DescribeSelfCommunityImages',
      'DescribeCompShareCustomImages',
      'DescribeCompShareImageTags',
    ]) {
      expect(call(action, { Region: 'cn-wlcb', Zone: 'cn-wlcb-01' })).toMatchObject({
        Action: `${action}Response`,
        RetCode: 0,
      })
    }
  })
})

describe('favourites', () => {
  type Listing = {
    CompshareImageGroup: { GroupId: string; IsFavorite: boolean; FavoritesCount: number }[]
  }
  const group = (id: string, credentials = demoAccount) =>
    (call('DescribeCommunityImages', { GroupId: id }, credentials) as unknown as Listing)
      .CompshareImageGroup[0]

  it('stars and unstars per account, moving FavoritesCount by one, idempotently', () => {
    const { sandbox: fresh, call: callFresh } = createTestSandbox()
    const id =
      fresh
        .state()
        .groups.find((g) => !(fresh.state().favorites['sandbox-public-key'] ?? []).includes(g.id))
        ?.id ?? ''
    const look = (credentials = demoAccount) =>
      (callFresh('DescribeCommunityImages', { GroupId: id }, credentials) as unknown as Listing)
        .CompshareImageGroup[0]
    const before = look()?.FavoritesCount ?? -1
    expect(look()?.IsFavorite).toBe(false)

    expect(callFresh('CreateCompShareImageFavorite', { GroupId: id })).toMatchObject({ RetCode: 0 })
    expect(callFresh('CreateCompShareImageFavorite', { GroupId: id })).toMatchObject({ RetCode: 0 })
    expect(look()).toMatchObject({ IsFavorite: true, FavoritesCount: before + 1 })
    expect(look(secondAccount)).toMatchObject({ IsFavorite: false, FavoritesCount: before + 1 })

    callFresh('CreateCompShareImageFavorite', { GroupId: id }, secondAccount)
    expect(look()?.FavoritesCount).toBe(before + 2)

    expect(callFresh('DeleteCompShareImageFavorite', { GroupId: id })).toMatchObject({ RetCode: 0 })
    expect(callFresh('DeleteCompShareImageFavorite', { GroupId: id })).toMatchObject({ RetCode: 0 })
    expect(look()).toMatchObject({ IsFavorite: false, FavoritesCount: before + 1 })
  })

  it('keeps the favourite orders exact as stars move counts past their neighbours', () => {
    const fresh = createTestSandbox()
    type Row = { GroupId: string; FavoritesCount: number }
    const walk = (asc: boolean) => {
      const rows: Row[] = []
      for (let offset = 0; ; offset += 100) {
        const page = fresh.call('DescribeCommunityImages', {
          SortCondition: { Field: asc ? 'FavoritesCount' : 'Favor', ASC: asc },
          Offset: offset,
          Limit: 100,
        }).CompshareImageGroup as Row[]
        rows.push(...page)
        if (page.length < 100) return rows
      }
    }
    const expectOrdered = (rows: Row[], asc: boolean) => {
      const sorted = [...rows].sort(
        (a, b) =>
          (asc ? 1 : -1) * (a.FavoritesCount - b.FavoritesCount) ||
          (a.GroupId < b.GroupId ? -1 : 1),
      )
      expect(rows.map((r) => r.GroupId)).toEqual(sorted.map((r) => r.GroupId))
    }
    const before = walk(false)
    walk(true)
    // Groups sharing a count with others, so a star moves them across a run of ties.
    const counts = before.map((r) => r.FavoritesCount)
    const tied = before.filter((r) => counts.filter((c) => c === r.FavoritesCount).length > 2)
    expect(tied.length).toBeGreaterThan(1)
    for (const target of tied.slice(0, 3)) {
      fresh.call('CreateCompShareImageFavorite', { GroupId: target.GroupId })
      fresh.call('CreateCompShareImageFavorite', { GroupId: target.GroupId }, secondAccount)
    }
    fresh.call('DeleteCompShareImageFavorite', { GroupId: tied[0]?.GroupId }, secondAccount)
    for (const asc of [false, true]) {
      const after = walk(asc)
      expect(after).toHaveLength(before.length)
      expectOrdered(after, asc)
    }
    const moved = walk(false).find((r) => r.GroupId === tied[1]?.GroupId)
    expect(moved?.FavoritesCount).toBe((tied[1]?.FavoritesCount ?? 0) + 2)
  })

  it('seeds a few stars for the first demo account', () => {
    const starred = sandbox.state().favorites['sandbox-public-key'] ?? []
    expect(starred.length).toBeGreaterThan(0)
    expect(group(starred[0] ?? '')?.IsFavorite).toBe(true)
    expect(group(starred[0] ?? '', secondAccount)?.IsFavorite).toBe(false)
  })

  it.each(['CreateCompShareImageFavorite', 'DeleteCompShareImageFavorite'])(
    '%s refuses a missing or unknown GroupId with 230 naming it',
    (action) => {
      for (const params of [{}, { GroupId: 'group-00000000' }]) {
        const answer = call(action, params)
        expect(answer).toMatchObject({ RetCode: 230 })
        expect(answer.Message).toContain('GroupId')
      }
    },
  )

  it("cannot star someone else's group that is still in review only", () => {
    const reviewOnly = sandbox
      .state()
      .groups.find(
        (g) => g.owner === '演示用户二' && g.versions.every((v) => v.status === 'Reviewing'),
      )
    expect(reviewOnly).toBeDefined()
    const id = reviewOnly?.id ?? ''
    expect(call('CreateCompShareImageFavorite', { GroupId: id })).toMatchObject({ RetCode: 230 })
    expect(call('CreateCompShareImageFavorite', { GroupId: id }, secondAccount)).toMatchObject({
      RetCode: 0,
    })
  })
})
