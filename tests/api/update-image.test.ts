// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { updateCompShareImage } from '@/api/actions/update-comp-share-image'
import { ApiError } from '@/api/errors'
import { contract } from '../fixtures/contract'
import { clientAnswering } from './answering-client'

/** The form without what the client adds to every call. */
const fieldsOf = (form: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(form ?? {}).filter(([key]) => key !== 'PublicKey' && key !== 'Signature'),
  )

describe('UpdateCompShareImage', () => {
  it('sends only the fields given, encoded as the SDK does, with Region and Zone', async () => {
    const { client, sent } = clientAnswering()
    await updateCompShareImage(client, {
      imageId: 'compshareImage-1',
      tags: ['深度学习', 'PyTorch'],
      supportedGpuTypes: ['4090'],
      price: 1.5,
      autoStart: false,
      visibility: 0,
    })
    expect(fieldsOf(sent[0])).toEqual({
      Action: 'UpdateCompShareImage',
      Region: 'cn-wlcb',
      Zone: 'cn-wlcb-01',
      CompShareImageId: 'compshareImage-1',
      'Tags.0': '深度学习',
      'Tags.1': 'PyTorch',
      'SupportedGpuTypes.0': '4090',
      Price: '1.5',
      AutoStart: 'false',
      Visibility: '0',
    })
  })

  it('sends an emptied text, but no empty list (it cannot be told from none)', async () => {
    const { client, sent } = clientAnswering()
    await updateCompShareImage(client, {
      imageId: 'compshareImage-1',
      description: '',
      tags: [],
      supportedGpuTypes: [],
      cover: '',
      visibility: 1,
    })
    expect(fieldsOf(sent[0])).toEqual({
      Action: 'UpdateCompShareImage',
      Region: 'cn-wlcb',
      Zone: 'cn-wlcb-01',
      CompShareImageId: 'compshareImage-1',
      Description: '',
      Visibility: '1',
    })
  })

  it('is sent once, and a refusal comes back as the service said it', async () => {
    const { client, sent } = clientAnswering({ RetCode: 230, Message: 'Missing parameter Zone' })
    const error = await updateCompShareImage(client, { imageId: 'x', name: 'n' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ retCode: 230 })
    expect(sent).toHaveLength(1)
  })
})

describe('a version’s Visibility in the listings', () => {
  const answer = contract['DescribeSelfCommunityImages (CLI)'].answer
  const withVisibility = (value: unknown) => ({
    RetCode: 0,
    ...answer,
    CompshareImageGroup: answer.CompshareImageGroup.map((group) => ({
      ...group,
      Data: group.Data.map((version) => ({ ...version, Visibility: value })),
    })),
  })

  it.each([
    ['absent', undefined, 1],
    ['null', null, 1],
    ['1', 1, 1],
    ['0', 0, 0],
    ['"0" as a string', '0', 0],
    ['something else', 'private', 1],
  ])('reads %s as %s', async (_, value, expected) => {
    const { client } = clientAnswering(withVisibility(value))
    const page = await describeSelfCommunityImages(client, { limit: 20 })
    expect(page.groups[0]?.versions[0]?.visibility).toBe(expected)
  })
})
