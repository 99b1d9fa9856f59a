import { describe, expect, it } from 'vitest'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { signRequest } from '@/api/signature'
import { demoAccount, installSandbox, publishableImage, where } from '../support/sandbox'

/** What the app does in jsdom: a form post to `/api` on its own origin. */
async function post(params: Record<string, unknown>, init: RequestInit = {}) {
  const response = await fetch(new URL('/api', location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(signRequest({ ...where, ...params }, demoAccount)),
    ...init,
  })
  return { response, body: (await response.json()) as Record<string, unknown> }
}

describe('the sandbox through MSW', () => {
  it('answers the same protocol as the Vite plugin, with a request id', async () => {
    installSandbox()
    const { response, body } = await post({
      Action: 'DescribeCommunityImages',
      Tag: ['LLM'],
      Limit: 5,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-UCLOUD-REQUEST-UUID')).toMatch(/^[0-9a-f-]{36}$/)
    expect(body).toMatchObject({ Action: 'DescribeCommunityImagesResponse', RetCode: 0 })
    const groups = body.CompshareImageGroup as { Data: { Tags: string[]; Status: string }[] }[]
    expect(groups).toHaveLength(5)
    for (const group of groups) {
      const current = group.Data.find((v) => v.Status === 'Available') ?? group.Data[0]
      expect(current?.Tags).toContain('LLM')
    }
    expect((await post({ Action: 'DescribeCommunityImages', Limit: -1 })).body).toMatchObject({
      RetCode: 230,
    })
    const wrong = await fetch(new URL('/api', location.href), {
      method: 'POST',
      body: 'Action=DescribeCommunityImages&Signature=x&PublicKey=sandbox-public-key',
    })
    expect(await wrong.json()).toMatchObject({ RetCode: 171 })
    expect((await fetch(new URL('/api', location.href))).status).toBe(405)
  })

  it('publishes, moves the review clock, serves the cover, and refuses 8 MB bodies', async () => {
    const { clock, sandbox } = installSandbox({ reviewSeconds: 60 })
    const image = publishableImage(sandbox)
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
    const published = await post({
      Action: 'PublishCompShareImage',
      CompShareImageId: image?.id,
      CommunityImageName: 'MSW 发布',
      VersionName: 'v1.0',
      Cover: png,
    })
    expect(published.body).toEqual({ Action: 'PublishCompShareImageResponse', RetCode: 0 })
    const find = async () =>
      (await post({ Action: 'DescribeCommunityImages', Name: 'MSW 发布' })).body
    expect((await find()).TotalCount).toBe(0)
    clock.advance(60)
    const listed = await find()
    expect(listed.TotalCount).toBe(1)
    const cover = (listed.CompshareImageGroup as { Data: { Cover: string }[] }[])[0]?.Data[0]?.Cover
    const served = await fetch(new URL(cover ?? '', location.href))
    expect(served.headers.get('Content-Type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).toString('base64')).toBe(png)

    const big = await fetch(new URL('/api', location.href), {
      method: 'POST',
      body: `Action=PublishCompShareImage&Cover=${'A'.repeat(8 * 1024 * 1024)}`,
    })
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({ RetCode: 230, Message: 'Request body exceeds 8 MB' })
  })

  it("is what the app's own API client talks to by default", async () => {
    installSandbox()
    const client = createApiClient(sandboxConfig)
    const answer = await client.call('DescribeCompShareImageTags', {})
    expect(answer).toMatchObject({ Action: 'DescribeCompShareImageTagsResponse', RetCode: 0 })
    await expect(client.call('DescribeCommunityImages', { Offset: -1 })).rejects.toMatchObject({
      retCode: 230,
    })
  })
})
