import { describe, expect, it } from 'vitest'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { describeCustomImages, isPublishable } from '@/api/actions/describe-custom-images'
import { describeImageTags } from '@/api/actions/describe-image-tags'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { createImageFavorite, deleteImageFavorite } from '@/api/actions/favorites'
import { publishCompShareImage } from '@/api/actions/publish-comp-share-image'
import type { ApiClient, RawAnswer } from '@/api/client'
import { ApiError } from '@/api/errors'

/** A client that answers `answer` and records each action and its (unencoded) params. */
function fakeClient(answer: RawAnswer) {
  const calls: { action: string; params: Record<string, unknown> }[] = []
  const client: ApiClient = {
    accountId: 'test-account',
    call: (action, params) => {
      calls.push({ action, params })
      return Promise.resolve({ RetCode: 0, ...answer })
    },
  }
  return { client, calls }
}

// As the real service answers: strings for numbers, "True"/"False", nulls.
const realVersion = {
  CompShareImageId: 'compshareImage-1a2b',
  Name: 'SD WebUI',
  Author: 'UCloud',
  AuthInfo: '1',
  Status: 'Available',
  Price: '0.5',
  VersionName: 'v1.2',
  VersionDesc: '修复若干问题',
  Description: '预装 PyTorch 2.1',
  Tags: ['绘画', 'Stable Diffusion'],
  SupportedGpuTypes: null,
  Cover: 'https://cdn.example/cover.png',
  Container: 'True',
  AutoStart: 'false',
  CreateTime: 1735689600,
  UpdateTime: '1735689700',
  PubTime: 1735689800,
  Size: '20480',
  Readme: '# Hi',
  QrCodeUrl: null,
  SoftwarePorts: [{ Software: 'WebUI', Port: '7860' }],
}
const realGroup = {
  GroupId: 'group-9z',
  ImageName: 'Stable Diffusion WebUI',
  ImageDesc: null,
  CreatedCount: '12',
  FavoritesCount: 3,
  RecommendCount: null,
  ImageUseTime: '4500',
  IsFavorite: 'True',
  Status: 'Available',
  Data: [realVersion],
}

describe('community image lists', () => {
  it('turns a real-shaped answer into clean camelCase objects', async () => {
    const { client } = fakeClient({
      TotalCount: '41',
      AvailableTotalCount: 40,
      CompshareImageGroup: [realGroup],
    })
    const page = await describeCommunityImages(client)
    expect(page.totalCount).toBe(41)
    expect(page.availableTotalCount).toBe(40)
    expect(page.groups[0]).toEqual({
      groupId: 'group-9z',
      name: 'Stable Diffusion WebUI',
      description: '',
      createdCount: 12,
      favoritesCount: 3,
      recommendCount: 0,
      usage: 4500,
      isFavorite: true,
      isAvailable: true,
      versions: [
        {
          imageId: 'compshareImage-1a2b',
          name: 'SD WebUI',
          author: 'UCloud',
          authorKind: 'official',
          status: 'Available',
          price: 0.5,
          versionName: 'v1.2',
          versionDesc: '修复若干问题',
          description: '预装 PyTorch 2.1',
          tags: ['绘画', 'Stable Diffusion'],
          supportedGpuTypes: [],
          coverUrl: 'https://cdn.example/cover.png',
          isContainer: true,
          autoStart: false,
          createTime: 1735689600,
          updateTime: 1735689700,
          pubTime: 1735689800,
          sizeMb: 20480,
          readme: '# Hi',
          qrCodeUrl: '',
          softwarePorts: [{ software: 'WebUI', port: 7860 }],
          softwares: { applications: [], cudaVersion: '', framework: '', frameworkVersion: '' },
          // The answer has no Visibility: a listed version is public.
          visibility: 1,
        },
      ],
    })
  })

  it.each([
    ['missing', {}],
    ['null', { CompshareImageGroup: null }],
  ])('a %s list is empty and an absent total is unknown (null), not zero', async (_, answer) => {
    const { client } = fakeClient(answer)
    expect(await describeCommunityImages(client)).toEqual({
      totalCount: null,
      availableTotalCount: null,
      groups: [],
    })
  })

  it.each([
    ['a list that is not a list', { CompshareImageGroup: 'nope' }, 'CompshareImageGroup'],
    [
      'a group without an id',
      { CompshareImageGroup: [{ ...realGroup, GroupId: undefined }] },
      'CompshareImageGroup.0.GroupId',
    ],
    [
      'a counter that is not a number',
      { CompshareImageGroup: [{ ...realGroup, FavoritesCount: 'many' }] },
      'FavoritesCount',
    ],
    [
      'a boolean that is not one',
      { CompshareImageGroup: [{ ...realGroup, IsFavorite: 'perhaps' }] },
      'IsFavorite',
    ],
  ])('%s is a parse ApiError naming where', async (_, answer, where) => {
    const { client } = fakeClient(answer)
    const error = await describeCommunityImages(client).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'parse', action: 'DescribeCommunityImages' })
    expect((error as ApiError).message).toContain(where)
  })

  it('sends filters, tags, switches, sort and paging with the wire names', async () => {
    const { client, calls } = fakeClient({})
    await describeCommunityImages(client, {
      fuzzySearch: 'comfy',
      author: 'UCloud',
      tags: ['绘画', 'LoRA'],
      isFree: true,
      isOfficial: false,
      autoStart: true,
      sort: { field: 'FavoritesCount', ascending: false },
      offset: 40,
      limit: 20,
    })
    expect(calls[0]).toEqual({
      action: 'DescribeCommunityImages',
      params: expect.objectContaining({
        FuzzySearch: 'comfy',
        Author: 'UCloud',
        Tag: ['绘画', 'LoRA'],
        IsFree: true,
        IsOfficial: undefined,
        IfAutoStart: true,
        SortCondition: { Field: 'FavoritesCount', ASC: false },
        Offset: 40,
        Limit: 20,
      }) as unknown,
    })
  })

  it('DescribeSelfCommunityImages reads the list under ImageSetGroup (SDK) too', async () => {
    const { client } = fakeClient({ TotalCount: 1, ImageSetGroup: [realGroup] })
    const page = await describeSelfCommunityImages(client)
    expect(page.groups.map((g) => g.groupId)).toEqual(['group-9z'])
  })

  it('reads Softwares in a shape the models do not promise as nothing declared', async () => {
    const { client } = fakeClient({
      CompshareImageGroup: [
        { ...realGroup, Data: [{ ...realVersion, Softwares: '{"Applications":["x"]}' }] },
      ],
    })
    const page = await describeCommunityImages(client)
    expect(page.groups[0]?.versions[0]?.softwares).toEqual({
      applications: [],
      cudaVersion: '',
      framework: '',
      frameworkVersion: '',
    })
  })

  it('reads a GPU type under its old name as today’s', async () => {
    const { client } = fakeClient({
      CompshareImageGroup: [
        {
          ...realGroup,
          Data: [{ ...realVersion, SupportedGpuTypes: ['4090(48G)', '4090_48G', '4080'] }],
        },
      ],
    })
    const page = await describeCommunityImages(client)
    expect(page.groups[0]?.versions[0]?.supportedGpuTypes).toEqual(['4090_48G', '4080'])
  })

  it('DescribeSelfCommunityImages reads the same shape', async () => {
    const { client, calls } = fakeClient({
      TotalCount: 1,
      CompshareImageGroup: [{ ...realGroup, Data: [{ ...realVersion, Status: 'Reviewing' }] }],
    })
    const page = await describeSelfCommunityImages(client)
    expect(calls[0]?.action).toBe('DescribeSelfCommunityImages')
    expect(page.groups[0]?.versions[0]?.status).toBe('Reviewing')
  })
})

describe('custom images', () => {
  it('reads ImageSet in the SDK model’s shape, and says why an image cannot be published', async () => {
    const image = (id: string, Status: string, Container: string | boolean) => ({
      CompShareImageId: id,
      Name: id,
      ImageType: 'Custom',
      Status,
      Container,
    })
    const { client } = fakeClient({
      ImageSet: [
        { ...image('img-a', 'Available', 'True'), Size: '10240', CreateTime: '1700000000' },
        image('img-b', 'Available', 'False'),
        image('img-c', 'Making', 'True'),
        image('img-d', 'UnAvailable', 'True'),
        image('img-e', 'Reviewing', 'true'),
        image('img-f', 'Available', false),
      ],
    })
    const page = await describeCustomImages(client)
    expect(page.totalCount).toBe(6)
    expect(page.images[0]).toMatchObject({
      imageId: 'img-a',
      sizeMb: 10240,
      createTime: 1700000000,
      isContainer: true,
      imageType: 'Custom',
    })
    expect(page.images.map(isPublishable)).toEqual([true, false, false, false, false, false])
    expect(page.images.map((i) => i.unpublishable)).toEqual([
      null,
      'virtualMachine',
      'making',
      'unavailable',
      'notAvailable',
      'virtualMachine',
    ])
  })

  it('a null ImageSet is an empty list', async () => {
    const { client } = fakeClient({ ImageSet: null, TotalCount: 0 })
    expect(await describeCustomImages(client)).toEqual({ totalCount: 0, images: [] })
  })
})

describe('tags', () => {
  it.each([
    [
      'Tags alone, trimmed and once each',
      { Tags: ['绘画', ' LLM ', '', '绘画'] },
      { tags: ['绘画', 'LLM'], categories: [{ name: '', tags: ['绘画', 'LLM'] }] },
    ],
    [
      'a category TagIndex names but TagsMap lacks, and one TagsMap has that TagIndex lacks',
      { Tags: ['a'], TagsMap: { 甲: ['b'], 乙: ['a'] }, TagIndex: ['乙', '丙'] },
      {
        tags: ['a', 'b'],
        categories: [
          { name: '乙', tags: ['a'] },
          { name: '甲', tags: ['b'] },
        ],
      },
    ],
    ['nothing', { TagsMap: null }, { tags: [], categories: [] }],
  ])('reads %s', async (_, answer, expected) => {
    const { client } = fakeClient(answer)
    expect(await describeImageTags(client)).toEqual(expected)
  })
})

describe('publish and favourites', () => {
  it('publish sends the seed document field names and leaves out what is not set', async () => {
    const { client, calls } = fakeClient({})
    await publishCompShareImage(client, {
      imageId: 'img-a',
      communityImageName: '我的AI环境',
      versionName: 'v1.0',
      price: 0,
      tags: ['深度学习'],
      cover: 'iVBORw0KGgo=',
      autoStart: false,
    })
    expect(calls[0]?.action).toBe('PublishCompShareImage')
    expect(calls[0]?.params).toMatchObject({
      CompShareImageId: 'img-a',
      GroupId: undefined,
      CommunityImageName: '我的AI环境',
      VersionName: 'v1.0',
      Price: 0,
      Tags: ['深度学习'],
      Cover: 'iVBORw0KGgo=',
      AutoStart: false,
    })
  })

  it('favourite create and delete name the group', async () => {
    const { client, calls } = fakeClient({})
    await createImageFavorite(client, 'group-1')
    await deleteImageFavorite(client, 'group-1')
    expect(calls).toEqual([
      { action: 'CreateCompShareImageFavorite', params: { GroupId: 'group-1' } },
      { action: 'DeleteCompShareImageFavorite', params: { GroupId: 'group-1' } },
    ])
  })
})
