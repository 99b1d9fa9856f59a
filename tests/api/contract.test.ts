// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { describeCommunityImages } from '@/api/actions/describe-community-images'
import { describeCustomImages } from '@/api/actions/describe-custom-images'
import { describeImageTags } from '@/api/actions/describe-image-tags'
import { describeSelfCommunityImages } from '@/api/actions/describe-self-community-images'
import { describeSoftwarePorts } from '@/api/actions/describe-software-ports'
import { describeSupportZones } from '@/api/actions/describe-support-zones'
import { createImageFavorite, deleteImageFavorite } from '@/api/actions/favorites'
import { publishCompShareImage } from '@/api/actions/publish-comp-share-image'
import { updateCompShareImage } from '@/api/actions/update-comp-share-image'
import type { ApiClient } from '@/api/client'
import { actionOf, contract, type ContractName } from '../fixtures/contract'
import { clientAnswering } from './answering-client'

/** How the app calls each action, with what a page would pass. */
const calls: Record<ContractName, (client: ApiClient) => Promise<unknown>> = {
  DescribeCommunityImages: (c) => describeCommunityImages(c, { tags: ['深度学习'], limit: 20 }),
  'DescribeSelfCommunityImages (SDK)': (c) => describeSelfCommunityImages(c, { limit: 20 }),
  'DescribeSelfCommunityImages (CLI)': (c) => describeSelfCommunityImages(c, { limit: 20 }),
  DescribeCompShareCustomImages: (c) => describeCustomImages(c, { limit: 20 }),
  DescribeCompShareImageTags: (c) => describeImageTags(c),
  PublishCompShareImage: (c) =>
    publishCompShareImage(c, { imageId: 'compshareImage-1', versionName: 'v1.0', price: 0 }),
  UpdateCompShareImage: (c) =>
    updateCompShareImage(c, {
      imageId: 'compshareImage-1',
      description: '预装PyTorch 2.1,新增示例',
      visibility: 1,
      tags: ['深度学习', 'PyTorch'],
      versionDesc: '补充使用说明',
    }),
  CreateCompShareImageFavorite: (c) => createImageFavorite(c, 'group-1'),
  DeleteCompShareImageFavorite: (c) => deleteImageFavorite(c, 'group-1'),
  DescribeCompShareSoftwarePort: (c) => describeSoftwarePorts(c),
  DescribeCompShareSupportZone: (c) => describeSupportZones(c, 'cn-wlcb'),
}

describe.each(Object.entries(contract))('%s', (name, entry) => {
  it('is sent with every field the SDK requires, Zone where its schema has one', async () => {
    const { client, sent } = clientAnswering(entry.answer)
    await calls[name as ContractName](client)
    expect(sent[0]?.Action).toBe(actionOf(name))
    for (const field of entry.required) expect(sent[0], field).toHaveProperty(field)
    expect('Zone' in (sent[0] ?? {})).toBe('Zone' in entry.request)
  })

  it('is read from the answer the clients read, without a parse error', async () => {
    const { client } = clientAnswering(entry.answer)
    await expect(calls[name as ContractName](client)).resolves.not.toThrow()
  })
})

describe('what the app makes of the contract answers', () => {
  const read = (name: ContractName) =>
    calls[name](clientAnswering(contract[name].answer).client) as Promise<never>

  it('finds own groups under either list key', async () => {
    for (const name of [
      'DescribeSelfCommunityImages (SDK)',
      'DescribeSelfCommunityImages (CLI)',
    ] as const) {
      const page: Awaited<ReturnType<typeof describeSelfCommunityImages>> = await read(name)
      expect(
        page.groups.map((g) => g.groupId),
        name,
      ).toEqual(['group-xxxx'])
    }
  })

  it('reads a version whole: GPUs, ports and what runs in it', async () => {
    const page: Awaited<ReturnType<typeof describeCommunityImages>> =
      await read('DescribeCommunityImages')
    expect(page.groups[0]?.versions[0]).toMatchObject({
      supportedGpuTypes: ['4090', 'A100'],
      coverUrl: 'https://example.invalid/cover.png',
      softwarePorts: [{ software: 'JupyterLab', port: 8888 }],
      softwares: {
        applications: ['JupyterLab'],
        cudaVersion: '12.4',
        framework: 'PyTorch',
        frameworkVersion: '2.5.1',
      },
      visibility: 1,
    })
  })

  it('files tags under the categories in TagIndex order, the rest under none', async () => {
    expect(await read('DescribeCompShareImageTags')).toEqual({
      tags: [
        '深度学习',
        'LLM',
        '图像生成',
        'ComfyUI',
        'Stable Diffusion',
        'PyTorch',
        'TensorFlow',
        '视频生成',
      ],
      categories: [
        { name: '框架', tags: ['PyTorch', 'TensorFlow'] },
        { name: '场景', tags: ['LLM', '图像生成', '视频生成'] },
        { name: '', tags: ['深度学习', 'ComfyUI', 'Stable Diffusion'] },
      ],
    })
  })

  it('reads zones and ports as the SDK models have them', async () => {
    expect(await read('DescribeCompShareSupportZone')).toEqual([
      { region: 'cn-wlcb', zone: 'cn-wlcb-01', name: '华北二A' },
    ])
    expect(await read('DescribeCompShareSoftwarePort')).toEqual([
      { software: 'JupyterLab', port: 8888 },
    ])
  })
})
