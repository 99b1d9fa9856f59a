// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { handleHttp } from '@/sandbox/http/http'
import { compareVersions, isVersionName } from '@/lib/version'
import { createTestSandbox, secondAccount, type TestSandbox } from '../support/sandbox'
import { jpeg, listingCases, png, webp } from './listing-cases'
import type { Group, Listing, Version } from './own-versions'

let t: TestSandbox
let images: { container: string; vm: string; creating: string; broken: string; theirs: string }
let groups: { mine: string; mineHighest: string; theirs: string }

const mine = (params: Record<string, unknown> = {}) =>
  t.call('DescribeSelfCommunityImages', { Limit: 100, ...params }) as unknown as Listing
const market = (params: Record<string, unknown> = {}) =>
  t.call('DescribeCommunityImages', params) as unknown as Listing

beforeEach(() => {
  t = createTestSandbox({ reviewSeconds: 30 })
  const state = t.sandbox.state()
  const find = (owner: string, status: string, container: boolean) =>
    state.customImages.find(
      (i) => i.owner === owner && i.status === status && i.container === container,
    )?.id ?? ''
  images = {
    container: find('sandbox-public-key', 'Available', true),
    vm: find('sandbox-public-key', 'Available', false),
    creating: find('sandbox-public-key', 'Making', true),
    broken: find('sandbox-public-key', 'UnAvailable', true),
    theirs: find('sandbox-public-key-2', 'Available', true),
  }
  const own = state.groups.find((g) => g.owner === '演示用户' && g.versions.length > 2)
  const theirs = state.groups.find((g) => g.owner === '演示用户二')
  groups = {
    mine: own?.id ?? '',
    mineHighest: own?.versions.at(-1)?.versionName ?? '',
    theirs: theirs?.id ?? '',
  }
  expect(Object.values({ ...images, ...groups }).every(Boolean)).toBe(true)
})

const valid = () => ({
  CompShareImageId: images.container,
  CommunityImageName: '我的测试镜像 Test Image',
  VersionName: 'v1.0',
  VersionDesc: '首次发布',
  Price: 0.5,
  Tags: ['LLM', '推理'],
  Description: '预装 vLLM',
  Readme: '# 使用说明\n\n- 打开 8000 端口',
  SupportedGpuTypes: ['4090', '4090_48G', 'A100'],
  AutoStart: true,
  Cover: png,
  Region: 'cn-wlcb',
  Zone: 'cn-wlcb-01',
})

describe('PublishCompShareImage validation', () => {
  type Case = [string, () => Record<string, unknown>, number, string | (() => string)]
  const cases: Case[] = [
    ['no image', () => ({ CompShareImageId: undefined }), 230, 'CompShareImageId'],
    ['an unknown image', () => ({ CompShareImageId: 'compshareImage-nope' }), 226601, 'not found'],
    ["someone else's image", () => ({ CompShareImageId: images.theirs }), 226601, 'not found'],
    [
      'an image still being created',
      () => ({ CompShareImageId: images.creating }),
      226602,
      'Making',
    ],
    ['an unavailable image', () => ({ CompShareImageId: images.broken }), 226602, 'UnAvailable'],
    ['a virtual-machine image', () => ({ CompShareImageId: images.vm }), 226603, 'container'],
    ['an unknown group', () => ({ GroupId: 'group-ffffffff' }), 226604, 'group-ffffffff'],
    ["someone else's group", () => ({ GroupId: groups.theirs }), 226604, () => groups.theirs],
    [
      'no name for a new group',
      () => ({ CommunityImageName: undefined }),
      230,
      'CommunityImageName',
    ],
    ['no version name', () => ({ VersionName: undefined }), 230, 'VersionName'],
    [
      'a version equal to the highest',
      () => ({ GroupId: groups.mine, VersionName: groups.mineHighest }),
      226605,
      () => groups.mineHighest,
    ],
    [
      'a version equal with a .0 added',
      () => ({ GroupId: groups.mine, VersionName: `${groups.mineHighest}.0` }),
      226605,
      () => groups.mineHighest,
    ],
    [
      'a version below the highest',
      () => ({ GroupId: groups.mine, VersionName: 'v0.0' }),
      226605,
      () => groups.mineHighest,
    ],
    [
      '17 applications',
      () => ({ Softwares: { Applications: Array.from({ length: 17 }, (_, i) => `app${i}`) } }),
      230,
      'Softwares.Applications',
    ],
    ...listingCases.map(([label, change, retCode, named]): Case => [
      label,
      () => change,
      retCode,
      named,
    ]),
  ]

  it.each(cases)('refuses %s', (_, change, retCode, named) => {
    const answer = t.call('PublishCompShareImage', { ...valid(), ...change() })
    expect(answer).toMatchObject({ Action: 'PublishCompShareImageResponse', RetCode: retCode })
    expect(answer.Message).toContain(typeof named === 'string' ? named : named())
    expect(mine().TotalCount).toBe(4) // nothing was created
  })

  it.each(['1.0', 'v1', 'V1.0', 'v1.0.0.0.0', 'v1.a', 'v1.0-beta', ' v1.0', 'v1..0'])(
    'refuses the version name %j with the exact rule',
    (name) => {
      expect(t.call('PublishCompShareImage', { ...valid(), VersionName: name })).toEqual({
        Action: 'PublishCompShareImageResponse',
        RetCode: 230,
        Message:
          'Parameter VersionName is not valid: must be v followed by two to four dot-separated numbers',
      })
    },
  )

  it.each([
    [
      'the limits themselves',
      {
        CommunityImageName: '名'.repeat(64),
        Price: 100,
        Description: '述'.repeat(500),
        VersionDesc: '注'.repeat(500),
        Readme: 'r'.repeat(65_536),
        Tags: Array.from({ length: 10 }, (_, i) => `${'标'.repeat(18)}${i}`),
      },
    ],
    // 64 characters as a person counts them, 128 UTF-16 code units: the form allows it too.
    ['a name of 64 emoji', { CommunityImageName: '😀'.repeat(64) }],
    ['a JPEG cover', { Cover: jpeg }],
    ['a WebP cover', { Cover: webp }],
    ['no cover, tags or GPUs', { Cover: undefined, Tags: undefined, SupportedGpuTypes: undefined }],
    ['a free image with two decimals written long', { Price: '1.50' }],
    ['every version format', { VersionName: 'v26.0201' }],
  ])('accepts %s', (_, change) => {
    expect(t.call('PublishCompShareImage', { ...valid(), ...change })).toEqual({
      Action: 'PublishCompShareImageResponse',
      RetCode: 0,
    })
  })
})

describe('publishing and review', () => {
  it('stores names and tags trimmed, as the form sends them', () => {
    t.call('PublishCompShareImage', {
      ...valid(),
      CommunityImageName: '  留白的名字\u3000 ',
      Tags: [' LLM ', 'LLM'],
    })
    const created = mine({ Name: '留白' }).CompshareImageGroup[0]
    expect(created?.ImageName).toBe('留白的名字')
    expect(created?.Data[0]?.Tags).toEqual(['LLM'])
  })

  it('creates a Reviewing group seen only by its author, approved by the clock', () => {
    const before = mine().CompshareImageGroup.map((g) => g.GroupId)
    expect(t.call('PublishCompShareImage', valid())).toMatchObject({ RetCode: 0 })
    const created = mine().CompshareImageGroup.find((g) => !before.includes(g.GroupId)) as Group
    expect(created.ImageName).toBe('我的测试镜像 Test Image')
    expect(created.Status).toBe('UnAvailable')
    const version = created.Data[0] as Version
    const image = t.sandbox.state().customImages.find((i) => i.id === images.container)
    expect(version).toMatchObject({
      Status: 'Reviewing',
      VersionName: 'v1.0',
      VersionDesc: '首次发布',
      Price: 0.5,
      Tags: ['LLM', '推理'],
      SupportedGpuTypes: ['4090', '4090_48G', 'A100'],
      AutoStart: true,
      Container: 'True',
      Description: '预装 vLLM',
      Readme: '# 使用说明\n\n- 打开 8000 端口',
      Size: image?.size,
      PubTime: Math.floor(t.clock.now() / 1000),
    })
    expect(version.CompShareImageId).not.toBe(images.container)
    expect(market({ GroupId: created.GroupId }).TotalCount).toBe(0)
    expect(
      (
        t.call('DescribeSelfCommunityImages', {}, secondAccount) as unknown as Listing
      ).CompshareImageGroup.map((g) => g.GroupId),
    ).not.toContain(created.GroupId)

    t.clock.advance(29)
    expect(market({ GroupId: created.GroupId }).TotalCount).toBe(0)
    t.clock.advance(1)
    const listed = market({ GroupId: created.GroupId }).CompshareImageGroup[0] as Group
    expect(listed.Status).toBe('Available')
    expect(listed.Data[0]).toMatchObject({ Status: 'Available', UpdateTime: version.PubTime + 30 })
  })

  it('adds a version to an existing group; the group shows it once approved', () => {
    const group = () => market({ GroupId: groups.mine }).CompshareImageGroup[0] as Group
    const old = group()
    const answer = t.call('PublishCompShareImage', {
      ...valid(),
      GroupId: groups.mine,
      CommunityImageName: undefined,
      Cover: undefined,
      VersionName: 'v9.0',
    })
    expect(answer).toMatchObject({ RetCode: 0 })
    expect(group()).toEqual(old)
    const own = mine({ GroupId: groups.mine }).CompshareImageGroup[0] as Group
    expect(own.Data[0]).toMatchObject({
      VersionName: 'v9.0',
      Status: 'Reviewing',
      Name: old.ImageName,
    })
    expect(own.Data[0]?.Cover).toBe(old.Data[0]?.Cover)
    // Ports are what this version declared: it declared no Softwares, so it has none.
    expect(own.Data[0]?.SoftwarePorts).toEqual([])

    expect(
      t.call('PublishCompShareImage', { ...valid(), GroupId: groups.mine, VersionName: 'v9.0' }),
    ).toMatchObject({ RetCode: 226605, Message: expect.stringContaining('v9.0') as unknown })

    t.clock.advance(30)
    expect(group().Data[0]).toMatchObject({ VersionName: 'v9.0', Status: 'Available' })
    expect(group().Data).toHaveLength(old.Data.length + 1)
  })

  it('serves an uploaded cover back from its URL, and draws one when none is sent', () => {
    t.call('PublishCompShareImage', valid())
    t.call('PublishCompShareImage', { ...valid(), Cover: undefined, CommunityImageName: '无封面' })
    const covers = mine().CompshareImageGroup.map((g) => g.Data[0]?.Cover ?? '')
    const uploaded = covers.find((url) => url.endsWith('.png')) ?? ''
    const drawn =
      covers.find((url) =>
        url.includes(mine({ Name: '无封面' }).CompshareImageGroup[0]?.GroupId ?? '?'),
      ) ?? ''
    // Whole URLs, as the seed says Cover is, on the origin the request came to.
    expect(uploaded).toMatch(/^http:\/\/localhost\/sandbox\/covers\/upload-[0-9a-f]{24}\.png$/)

    const get = (url: string) =>
      handleHttp(t.sandbox, {
        method: 'GET',
        // Answers carry whole URLs; a raw path (`..` kept) tries what a URL would normalise.
        pathname: url.startsWith('http') ? new URL(url).pathname : url,
        contentType: undefined,
        body: new Uint8Array(),
      })
    const served = get(uploaded)
    expect(served).toMatchObject({ status: 200, headers: { 'Content-Type': 'image/png' } })
    expect(Buffer.from(served?.body ?? '').toString('base64')).toBe(png)
    expect(get(drawn)).toMatchObject({ status: 200, headers: { 'Content-Type': 'image/svg+xml' } })
    expect(String(get(drawn)?.body)).toContain('无封面')
    expect(get('/sandbox/covers/upload-000000000000000000000000.png')?.status).toBe(404)
    expect(get('/sandbox/covers/../state.json')?.status).toBe(404)
  })
})

describe('applications and ports (Softwares)', () => {
  const softwares = (values: Record<string, unknown>) => ({ ...valid(), Softwares: values })

  it('turns the applications into the version’s ports, and answers Softwares as sent', () => {
    const answer = t.call(
      'PublishCompShareImage',
      softwares({
        Applications: ['ComfyUI', 'JupyterLab'],
        CUDAVersion: '12.4',
        Framework: 'PyTorch',
        FrameworkVersion: '2.5.1',
      }),
    )
    expect(answer).toMatchObject({ RetCode: 0 })
    const version = mine({ Name: valid().CommunityImageName }).CompshareImageGroup[0]?.Data[0]
    expect(version).toMatchObject({
      SoftwarePorts: [
        { Software: 'ComfyUI', Port: 8188 },
        { Software: 'JupyterLab', Port: 8888 },
      ],
      Softwares: {
        Applications: ['ComfyUI', 'JupyterLab'],
        CUDAVersion: '12.4',
        Framework: 'PyTorch',
        FrameworkVersion: '2.5.1',
      },
    })
  })

  it('offers the applications it knows, and refuses any other by name', () => {
    const ports = t.call('DescribeCompShareSoftwarePort') as {
      SoftwarePort: { Software: string }[]
    }
    const names = ports.SoftwarePort.map((port) => port.Software)
    expect(names).toEqual(expect.arrayContaining(['JupyterLab', 'ComfyUI', 'vLLM', 'Ollama']))
    expect(
      t.call('PublishCompShareImage', softwares({ Applications: ['Minecraft'] })),
    ).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('Softwares.Applications.0') as unknown,
    })
    expect(
      t.call(
        'PublishCompShareImage',
        softwares({ Applications: names, CUDAVersion: 'x'.repeat(33) }),
      ),
    ).toMatchObject({
      RetCode: 230,
      Message: expect.stringContaining('Softwares.CUDAVersion') as unknown,
    })
  })
})

describe('version names', () => {
  it.each([
    ['v1.10', 'v1.9'],
    ['v0.3.66', 'v0.3.9'],
    ['v26.0201', 'v25.1231'],
    ['v2.0', 'v1.99.99.99'],
    ['v1.0.1', 'v1.0'],
  ])('%s is greater than %s', (high, low) => {
    expect(compareVersions(high, low)).toBeGreaterThan(0)
    expect(compareVersions(low, high)).toBeLessThan(0)
  })

  it('treats missing parts as zero', () => {
    expect(compareVersions('v1.0', 'v1.0.0')).toBe(0)
    expect(isVersionName('v1.2.3.4')).toBe(true)
  })
})
